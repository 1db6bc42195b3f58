// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/DocumentReader.h"

#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>

// A document read from bytes, which must be readable.
inline conflictmap::Document readDocument(const QByteArray &bytes, const QString &name)
{
    auto read = conflictmap::DocumentReader::read(bytes, name);
    INFO(read.error().toStdString());
    REQUIRE(read);
    return read.value();
}

// SQL that makes the stored bytes of document 'sha256' (all documents when
// empty) 'bytes', behind conflictmap's back, on either backend.
inline QByteArray replaceContentSql(bool server, const QString &sha256, const QByteArray &bytes)
{
    const QByteArray value = server ? "'\\x" + bytes.toHex() + "'::bytea" : "X'" + bytes.toHex() + "'";
    return "UPDATE documents SET content = " + value
        + (sha256.isEmpty() ? QByteArray() : " WHERE sha256 = '" + sha256.toLatin1() + "'");
}
