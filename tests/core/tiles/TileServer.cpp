// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TileServer.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTcpSocket>

#include <catch2/catch.hpp>

TileServer::TileServer()
{
    REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

TileServer::~TileServer()
{
    stop();
}

QString TileServer::urlTemplate(const QString &kind) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2/{z}/{x}/{y}.png").arg(m_server.serverPort()).arg(kind);
}

QColor TileServer::colourOf(const conflictmap::TileId &tile)
{
    return QColor(40 + (tile.x * 67) % 200, 40 + (tile.y * 89) % 200, 60 + (tile.z * 30) % 190);
}

void TileServer::stop()
{
    m_server.close();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}

void TileServer::serve(QTcpSocket *socket)
{
    if (!socket->canReadLine())
        return;
    const QByteArray requestLine = socket->readLine();
    socket->readAll(); // the headers: this server needs none of them
    static const QRegularExpression tilePath(QStringLiteral("^GET /(\\w+)/(\\d+)/(\\d+)/(\\d+)\\.png "));
    const QRegularExpressionMatch match = tilePath.match(QString::fromLatin1(requestLine));
    auto reply = [socket](const QByteArray &status, const QByteArray &type, const QByteArray &body) {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    if (!match.hasMatch()) {
        reply("400 Bad Request", "text/plain", "bad request");
        return;
    }
    const QString kind = match.captured(1);
    m_requests << requestLine.split(' ').value(1);
    const conflictmap::TileId tile{match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt()};
    if (kind == QLatin1String("tiles")) {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(colourOf(tile));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        reply("200 OK", "image/png", png);
    } else if (kind == QLatin1String("missing")) {
        reply("404 Not Found", "text/html", "<html><body>no such tile</body></html>");
    } else if (kind == QLatin1String("garbage")) {
        static const char garbage[] = "\x13\x37 this is not a PNG at all \xff\xfe";
        reply("200 OK", "image/png", QByteArray(garbage, sizeof garbage - 1).repeated(8));
    }
    // "stall": never answered.
}
