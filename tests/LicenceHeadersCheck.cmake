# SPDX-FileCopyrightText: 2026 conflictmap contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a source file lacks its SPDX licence line, naming the files.
# cmake -DTOP=<source dir> -P LicenceHeadersCheck.cmake
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE sources RELATIVE "${TOP}"
    "${TOP}/src/*.h" "${TOP}/src/*.cpp" "${TOP}/qml/*.qml" "${TOP}/tests/*.h" "${TOP}/tests/*.cpp"
    "${TOP}/bench/*.cpp" "${TOP}/fuzz/*.cpp" "${TOP}/scripts/*")
set(missing "")
foreach(source IN LISTS sources)
    file(STRINGS "${TOP}/${source}" lines LIMIT_COUNT 4)
    if(NOT lines MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
        list(APPEND missing "${source}")
    endif()
endforeach()
list(LENGTH sources count)
if(missing)
    list(JOIN missing "\n  " names)
    message(FATAL_ERROR "no 'SPDX-License-Identifier: GPL-3.0-or-later' in the first lines of:\n  ${names}")
endif()
message("${count} source files carry their licence line")
