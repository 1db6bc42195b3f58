// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "../archive/DocumentSupport.h"

using namespace conflictmap;

TEST_CASE("a source's document is stored once by its hash and comes back byte for byte", "[store][archive]")
{
    StoreFixture db;
    const QByteArray page = "<html><head><title>تطورات</title><script>alert(1)</script></head>"
                            "<body><p>ستون شاحنة إلى منطقة فضولي</p></body></html>";
    const Document document = readDocument(page, QStringLiteral("article.html"));
    Source source;
    source.title = QString::fromUtf8("اتصال هاتفي");
    source.url = "https://example.org/call";
    source.fileName = "article.html";
    const auto id = db.store->addSource(source, document);
    INFO(id.error().toStdString());
    REQUIRE(id);

    const auto stored = db.store->source(*id);
    REQUIRE(stored);
    CHECK(stored->document == document.sha256);
    CHECK(stored->fileName == "article.html");
    const auto facts = db.store->document(document.sha256);
    REQUIRE(facts);
    CHECK(facts->content.isEmpty()); // not read unless asked for
    CHECK(facts->mediaType == "text/html");
    CHECK(facts->size == page.size());
    CHECK(facts->text == QString::fromUtf8("ستون شاحنة إلى منطقة فضولي"));
    CHECK(facts->encoding == "UTF-8");
    CHECK(QDateTime::fromString(facts->stored, Qt::ISODate).isValid());
    const auto whole = db.store->document(document.sha256, true);
    REQUIRE(whole);
    CHECK(whole->content == page);

    // A second source of the same bytes shares them.
    Source copy;
    copy.title = "The same page, saved again";
    const auto second = db.store->addSource(copy, readDocument(page, QStringLiteral("saved.htm")));
    REQUIRE(second);
    CHECK(db.rows("SELECT count(*) FROM documents") == QStringList{"1|"});
    const auto verified = db.store->verifyDocuments();
    REQUIRE(verified);
    CHECK(verified->checked == 1);
    CHECK(verified->changed.empty());
    // Claims read their source's document with it.
    Incident incident = db.pointIncident();
    Claim claim;
    claim.sourceId = *second;
    incident.claims = {claim};
    const auto incidentId = db.store->addIncident(incident);
    REQUIRE(incidentId);
    CHECK(db.store->incident(*incidentId)->claims.at(0).source.document == document.sha256);
}

TEST_CASE("verify finds a stored document whose bytes changed, and which sources cite it", "[store][archive]")
{
    StoreFixture db;
    const QByteArray text = QString::fromUtf8("Министерство обороны сообщило об обстреле под Сотком.\n").toUtf8();
    const Document document = readDocument(text, QStringLiteral("report.txt"));
    Source a, b;
    a.title = "A";
    b.title = "B";
    const auto first = db.store->addSource(a, document);
    const auto second = db.store->addSource(b, document);
    REQUIRE((first && second));
    const Document other = readDocument(QByteArray("Another text entirely.\n"), QStringLiteral("other.txt"));
    Source c;
    c.title = "C";
    REQUIRE(db.store->addSource(c, other));

    QByteArray changed = text;
    changed[10] = char(changed[10] ^ 0x01); // one bit of one byte
    db.rows(replaceContentSql(bool(db.server), document.sha256, changed).constData());
    const auto verified = db.store->verifyDocuments();
    REQUIRE(verified);
    CHECK(verified->checked == 2);
    REQUIRE(verified->changed.size() == 1);
    CHECK(verified->changed[0].sha256 == document.sha256);
    CHECK(verified->changed[0].actual == Document::hashOf(changed));
    CHECK(verified->changed[0].size == changed.size());
    CHECK(verified->changed[0].sources == std::vector<qint64>{*first, *second});
}

TEST_CASE("a document whose hash is not its bytes' is refused and nothing is written", "[store][archive]")
{
    StoreFixture db;
    Document forged = readDocument(QByteArray("genuine text\n"), QStringLiteral("a.txt"));
    forged.content = "forged text\n";
    const QString before = db.snapshot();
    Source source;
    source.title = "Forged";
    const auto refused = db.store->addSource(source, forged);
    REQUIRE_FALSE(refused);
    CHECK(refused.problem().field == "document");
    CHECK(db.snapshot() == before);
}
