# SPDX-FileCopyrightText: 2026 conflictmap contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a QML module that the app's QML needs, directly or through the
# QML of the Qt modules it imports, is not installed. A missing module
# otherwise shows only when a user opens the view that needs it: the file
# dialog's implementation imports Qt.labs.folderlistmodel, which no Debian
# package of Qt Quick Dialogs depends on, and the app crashed on opening it.
#
# cmake -DSCANNER=qmlimportscanner -DROOT=<app qml> -DQT_QML=<Qt's qml dir>
#       -DOWN_QML=<build/qml> -P QmlImportsCheck.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var SCANNER ROOT QT_QML OWN_QML)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "QmlImportsCheck: -D${var}=... is required")
    endif()
endforeach()

# Resolved nowhere on purpose: QtQml.Models lives in the QtQml library;
# the Windows, macOS and iOS styles exist only on those systems.
set(not_files QtQml.Models QtQuick.Controls.Windows QtQuick.Controls.macOS QtQuick.Controls.iOS)

# The QML files of a module: its own, and those of its implementation
# submodules (QtQuick/Dialogs/quickimpl holds the file dialog), but not of
# other modules below its folder, which are checked if something imports them,
# nor the Qt Design Studio sheets in designer/ folders.
function(module_files dir out)
    file(GLOB_RECURSE candidates "${dir}/*.qml")
    set(files "")
    foreach(file IN LISTS candidates)
        get_filename_component(parent "${file}" DIRECTORY)
        set(keep TRUE)
        if(file MATCHES "/designer/")
            continue()
        endif()
        while(NOT parent STREQUAL dir AND parent MATCHES "^${dir}/")
            get_filename_component(base "${parent}" NAME)
            if(EXISTS "${parent}/qmldir" AND NOT base MATCHES "impl$")
                set(keep FALSE)
                break()
            endif()
            get_filename_component(parent "${parent}" DIRECTORY)
        endwhile()
        if(keep)
            list(APPEND files "${file}")
        endif()
    endforeach()
    set(${out} "${files}" PARENT_SCOPE)
endfunction()

set(queue "${ROOT}")
set(seen "${ROOT}")
set(missing "")
set(checked 0)
while(queue)
    list(POP_FRONT queue dir)
    module_files("${dir}" files)
    if(NOT files)
        continue()
    endif()
    execute_process(COMMAND "${SCANNER}" -qmlFiles ${files} -importPath "${OWN_QML}" -importPath "${QT_QML}"
        OUTPUT_VARIABLE json RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "qmlimportscanner failed on ${dir}: ${err}")
    endif()
    string(JSON count LENGTH "${json}")
    if(count EQUAL 0)
        continue()
    endif()
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON type GET "${json}" ${i} type)
        string(JSON name GET "${json}" ${i} name)
        if(NOT type STREQUAL "module" OR name STREQUAL ".")
            continue()
        endif()
        math(EXPR checked "${checked} + 1")
        string(JSON path ERROR_VARIABLE no_path GET "${json}" ${i} path)
        if(no_path)
            if(NOT name IN_LIST not_files AND NOT name IN_LIST missing)
                list(APPEND missing "${name}")
                message("not installed: ${name} (imported under ${dir})")
            endif()
        elseif(NOT path IN_LIST seen)
            list(APPEND seen "${path}")
            list(APPEND queue "${path}")
        endif()
    endforeach()
endwhile()

list(LENGTH seen modules)
if(missing)
    list(JOIN missing ", " names)
    message(FATAL_ERROR "QML modules the app needs are not installed: ${names} (add their Debian packages to scripts/setup)")
endif()
message("every QML import resolves: ${modules} folders scanned, ${checked} imports checked")
