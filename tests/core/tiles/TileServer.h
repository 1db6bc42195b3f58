// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tiles/TileId.h"

#include <QColor>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

// A tile server on 127.0.0.1 (a free port) for tests, answering:
//   /tiles/z/x/y.png    a PNG of one colour, colourOf(z/x/y)
//   /missing/z/x/y.png  HTTP 404
//   /garbage/z/x/y.png  HTTP 200 with bytes that are no image
//   /stall/z/x/y.png    nothing, ever (the connection stays open)
class TileServer : public QObject {
public:
    TileServer();
    ~TileServer() override;

    // "http://127.0.0.1:PORT/<kind>/{z}/{x}/{y}.png"
    QString urlTemplate(const QString &kind = QStringLiteral("tiles")) const;
    static QColor colourOf(const conflictmap::TileId &tile);
    // The paths asked for so far, in order.
    QStringList requests() const { return m_requests; }
    // Closes the port and every connection: as if the network were gone.
    void stop();

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QStringList m_requests;
};
