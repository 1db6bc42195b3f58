// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// From an article to records in the real scene: a source added through the
// file dialog, read with its places and quotes highlighted, and an
// incident started from a place in it.
#include "AppWindow.h"
#include "TestFiles.h"
#include "TestPaths.h"

#include "SourceReader.h"

#include <QMimeData>
#include <QQuickTextDocument>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace conflictmap;
using namespace conflictmap::test;

namespace {
// The background the highlighter gave the character at 'position' of a
// TextEdit's document (invalid when none).
QColor backgroundAt(QQuickItem *textEdit, int position)
{
    auto *document = textEdit->property("textDocument").value<QQuickTextDocument *>();
    REQUIRE(document);
    const QTextBlock block = document->textDocument()->findBlock(position);
    const int inBlock = position - block.position();
    QColor found;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (range.start <= inBlock && inBlock < range.start + range.length
            && range.format.hasProperty(QTextFormat::BackgroundBrush))
            found = range.format.background().color();
    return found;
}

const QColor kPlaceBackground(0xd8, 0xe8, 0xff);
const QColor kQuoteBackground(0xff, 0xec, 0x99);
const QColor kChosenBackground(0x1f, 0x5f, 0xbf);
} // namespace

TEST_CASE("the seed article through the source dialog: places highlighted, a click starts its incident, saved with its quote",
    "[quick][analyst][source]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const QString article = app.dir.filePath("tatawurat.txt");
    const QByteArray bytes = fileBytes(testpaths::data(QStringLiteral("seed-article-ar.txt")));
    writeFile(article, bytes);
    const QString text = QString::fromUtf8(bytes);

    // The real dialog opens from the toolbar, in the article's folder.
    QObject *dialog = app.window->findChild<QObject *>("sourceDialog");
    REQUIRE(dialog);
    dialog->setProperty("currentFolder", QUrl::fromLocalFile(app.dir.path()));
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(article));
    app.click(app.item("addSourceButton"));
    REQUIRE(QTest::qWaitFor([&] { return dialog->property("visible").toBool(); }, 3000));
    QTest::qWait(200); // the folder is listed
    REQUIRE(QMetaObject::invokeMethod(dialog, "accept"));
    REQUIRE(QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, 3000));

    QQuickItem *panel = app.item("sourcePanel");
    INFO(app.item("notice")->property("text").toString().toStdString());
    REQUIRE(QTest::qWaitFor([&] { return panel->isVisible(); }, 3000));
    const std::vector<Source> sources = store.sources();
    const auto added
        = std::find_if(sources.begin(), sources.end(), [](const Source &s) { return s.fileName == "tatawurat.txt"; });
    REQUIRE(added != sources.end());
    CHECK(app.item("sourceViewerTitle")->property("text").toString() == "tatawurat.txt");
    CHECK(app.item("sourceHash")->property("text").toString().contains(added->document));

    // The text as stored, right to left, its places highlighted.
    QQuickItem *textEdit = app.item("sourceText");
    CHECK(textEdit->property("text").toString() == text);
    CHECK(textEdit->property("effectiveHorizontalAlignment").toInt() == Qt::AlignRight);
    const int fuzuli = int(text.indexOf(QString::fromUtf8("فضولي")));
    CHECK(backgroundAt(textEdit, fuzuli) == kPlaceBackground);
    CHECK_FALSE(backgroundAt(textEdit, fuzuli - 3).isValid()); // "منطقة" before it is not a place

    // "Places in this text": the district of Fuzuli among them.
    auto *reader = app.window->findChild<SourceReader *>();
    REQUIRE(reader);
    const QVariantList places = reader->places();
    int fuzuliRow = -1;
    for (int i = 0; i < places.size(); ++i)
        if (places[i].toMap().value("code").toString() == "AZ-FUZ")
            fuzuliRow = i;
    REQUIRE(fuzuliRow >= 0);
    QQuickItem *list = app.item("placesInText");
    CHECK(list->property("count").toInt() == places.size());

    // Each place once, with all its occurrences: Baku three times; choosing
    // it again shows the next.
    auto clickRow = [&](int index) {
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 0 /* Beginning */));
        QTest::qWait(50);
        QQuickItem *row = nullptr;
        for (QQuickItem *candidate : app.items("placeRow"))
            if (candidate->property("index").toInt() == index)
                row = candidate;
        REQUIRE(row);
        app.click(row, QPointF(20, row->height() / 2));
    };
    int bakuRow = -1;
    for (int i = 0; i < places.size(); ++i)
        if (places[i].toMap().value("name").toString() == "Baku")
            bakuRow = i;
    REQUIRE(bakuRow >= 0);
    CHECK(places[bakuRow].toMap().value("count").toInt() == 3);
    const QString baku = QString::fromUtf8("باكو");
    const int firstBaku = int(text.indexOf(baku));
    const int secondBaku = int(text.indexOf(baku, firstBaku + 1));
    clickRow(bakuRow);
    REQUIRE(QTest::qWaitFor([&] { return backgroundAt(textEdit, firstBaku) == kChosenBackground; }, 2000));
    clickRow(bakuRow);
    REQUIRE(QTest::qWaitFor([&] { return backgroundAt(textEdit, secondBaku) == kChosenBackground; }, 2000));
    CHECK(backgroundAt(textEdit, firstBaku) == kPlaceBackground);

    // Choosing Fuzuli marks it in the text; "New incident here" fills the form.
    clickRow(fuzuliRow);
    REQUIRE(QTest::qWaitFor([&] { return backgroundAt(textEdit, fuzuli) == kChosenBackground; }, 2000));
    QQuickItem *start = nullptr;
    for (QQuickItem *candidate : app.items("startIncident"))
        if (candidate->isVisible())
            start = candidate;
    REQUIRE(start);
    app.click(start);
    QQuickItem *form = app.item("incidentForm");
    REQUIRE(QTest::qWaitFor([&] { return form->isVisible(); }, 2000));
    CHECK(app.item("regionField")->property("text").toString() == "AZ-FUZ");
    const QString quote = app.item("quoteField")->property("text").toString();
    CHECK(quote.contains(QString::fromUtf8("منطقة فضولي")));
    CHECK(quote.startsWith(QString::fromUtf8("كما وأن الزيادة")));

    // The analyst completes it and saves.
    auto type = [&](const char *field, const QString &value) {
        QQuickItem *input = app.item(field);
        input->forceActiveFocus();
        REQUIRE(input->hasActiveFocus());
        typeText(app.window, value);
    };
    type("titleField", "Trucks to Fuzuli, from the archived article");
    type("dateField", "2022-10");
    QQuickItem *save = app.item("saveButton");
    save->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return idOfTitle(store, "Trucks to Fuzuli, from the archived article") > 0; }, 3000));
    const Incident incident = *store.incident(idOfTitle(store, "Trucks to Fuzuli, from the archived article"));
    CHECK(incident.precision == LocationPrecision::Region);
    CHECK(incident.region == "AZ-FUZ");
    REQUIRE(incident.claims.size() == 1);
    CHECK(incident.claims[0].source.id == added->id);
    CHECK(incident.claims[0].quote == quote);

    // The viewer now highlights the claim's quote, and names its incident.
    REQUIRE(QTest::qWaitFor([&] { return reader->citations().size() == 1; }, 2000));
    const QVariantMap citation = reader->citations().front().toMap();
    CHECK(citation.value("found").toBool());
    CHECK(citation.value("incidentId").toLongLong() == incident.id);
    const int quoteStart = citation.value("start").toInt();
    CHECK(backgroundAt(textEdit, quoteStart + 2) == kQuoteBackground);
    CHECK(app.item("citationRow")->isVisible());

    // Closed, it opens again from the incident's claim card.
    app.click(app.item("closeSource"));
    REQUIRE(QTest::qWaitFor([&] { return !panel->isVisible(); }, 2000));
    CHECK_FALSE(reader->valid()); // a closed viewer reads nothing at each change
    CHECK(app.selected() == incident.id);
    QQuickItem *read = app.item("readSource");
    REQUIRE(QTest::qWaitFor([&] { return read->isVisible(); }, 2000));
    read->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return panel->isVisible(); }, 2000));
    CHECK(reader->sourceId() == added->id);
}

TEST_CASE("a file the source dialog cannot take is refused in the notice, and nothing is stored", "[quick][analyst][source]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const std::size_t before = store.sources().size();
    const QString empty = app.dir.filePath("empty.txt");
    writeFile(empty, QByteArray());
    QObject *dialog = app.window->findChild<QObject *>("sourceDialog");
    REQUIRE(dialog);
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(empty));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    const QString notice = app.item("notice")->property("text").toString();
    INFO(notice.toStdString());
    CHECK(notice.contains("empty.txt"));
    CHECK(notice.contains("empty"));
    CHECK(store.sources().size() == before);
    CHECK_FALSE(app.item("sourcePanel")->isVisible());
}

TEST_CASE("an article dropped on the window becomes a source, opened in the viewer", "[quick][analyst][source]")
{
    AppWindow app;
    const QString article = app.dir.filePath("dropped.txt");
    writeFile(article, fileBytes(testpaths::data(QStringLiteral("seed-article-ar.txt"))));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(article)});
    const QPoint at(app.window->width() / 2, app.window->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window, &drop);
    QQuickItem *panel = app.item("sourcePanel");
    INFO(app.item("notice")->property("text").toString().toStdString());
    REQUIRE(QTest::qWaitFor([&] { return panel->isVisible(); }, 3000));
    CHECK(app.item("sourceViewerTitle")->property("text").toString() == "dropped.txt");
    CHECK(app.item("placesInText")->property("count").toInt() == 8);
}
