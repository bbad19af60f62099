// The Chinese translation as a user meets it: every string translated, no markup shown as text
// (a menu once read "连接服务器(amp;S)…"), each menu's keyboard letter kept, and every
// placeholder (%1, %n) that the English fills in also filled in the Chinese.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    qint64 line = 0;
};

QVector<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QVector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, xml.lineNumber()};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are <numerusform> children; otherwise the text itself.
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The placeholders a string fills in: %1…%99 and %n.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression arg(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QSet<QString> found;
    for (auto m = arg.globalMatch(text); m.hasNext();)
        found << m.next().captured(0);
    return found;
}

// Whether a string marks a keyboard letter: "&" before a letter or digit ("&&" is a plain "&").
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?!&)[\\p{L}\\p{N}]"));
    return mnemonic.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

} // namespace

class TestTranslationFile : public QObject
{
    Q_OBJECT

    QVector<Message> m_messages;

private slots:
    void initTestCase()
    {
        QString error;
        m_messages = readTs(QStringLiteral(SERVQA_TEST_DATA "/../../translations/servqa_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 1000);
    }

    void everyStringIsTranslated()
    {
        QStringList missing;
        for (const Message &m : m_messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            if (m.type == QLatin1String("unfinished") || m.translations.join(QString()).trimmed().isEmpty())
                missing << QStringLiteral("line %1 (%2): %3").arg(m.line).arg(m.context, m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void noMarkupShowsAsText()
    {
        QStringList wrong;
        for (const Message &m : m_messages) {
            for (const QString &t : m.translations) {
                // Decoded once by the reader: an entity still there was escaped twice.
                if (t.contains(QRegularExpression(QStringLiteral("&(amp|lt|gt|quot|apos);"))))
                    wrong << QStringLiteral("line %1: %2").arg(m.line).arg(t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void menusKeepTheirKeyboardLetters()
    {
        QStringList wrong;
        for (const Message &m : m_messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete") || !hasMnemonic(m.source))
                continue;
            for (const QString &t : m.translations) {
                if (!hasMnemonic(t))
                    wrong << QStringLiteral("line %1: %2 → %3").arg(m.line).arg(m.source, t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void placeholdersAreFilledIn()
    {
        QStringList wrong;
        for (const Message &m : m_messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            QSet<QString> expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                // A Chinese plural form may leave the count out ("几条"), never add one.
                if (m.translations.size() > 1 || m.source.contains(QLatin1String("%n"))) {
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (got != expected)
                    wrong << QStringLiteral("line %1: %2 → %3").arg(m.line).arg(m.source, t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFile)
#include "tst_translationfile.moc"
