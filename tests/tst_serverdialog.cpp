// File ▸ Connect to Server… keeps a server's password only where the user asks: in this
// computer's keychain (QtKeychain), when "Remember" is ticked, and never in ServQA's settings.
// Run with a keychain of its own (tests/keyring-session.sh: GNOME Keyring on a private D-Bus).

#include "appsettings.h"
#include "keychain.h"
#include "serverdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace servqa;

namespace {

const QString Address = QStringLiteral("postgresql://inspector1@qa.example.com:5432/team");
const QString Password = QStringLiteral("ins-Pw1 长城");

QLineEdit *passwordField(ServerDialog &dialog)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("password"));
}

QCheckBox *rememberBox(ServerDialog &dialog)
{
    return dialog.findChild<QCheckBox *>(QStringLiteral("remember"));
}

// What the keychain holds for `address` ("" when nothing), asked directly.
QString kept(const QString &address)
{
    QObject context;
    std::optional<Result<QString>> answer;
    keychain::readPassword(address, &context, [&answer](const Result<QString> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return QStringLiteral("(no answer)");
    return *answer ? **answer : QStringLiteral("(error) ") + answer->error();
}

Status keepOrForget(const ServerDialog &dialog)
{
    QObject context;
    std::optional<Status> answer;
    dialog.keepOrForgetPassword(&context, [&answer](const Status &s) { answer = s; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return Error{QStringLiteral("no answer from the keychain")};
    return *answer;
}

} // namespace

class TestServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ServQA"));
        QCoreApplication::setApplicationName(QStringLiteral("ServQA-tests"));
        QSettings().clear();
        AppSettings().addRecentServer(Address);
        QCOMPARE(kept(Address), QString());
    }

    // Ticked: the password is in the keychain, not in the settings, and the next dialog that
    // chooses the server fills it in; unticked: the keychain forgets it.
    void rememberedOnlyWhenAsked()
    {
        {
            ServerDialog dialog; // the recent server is chosen; nothing kept for it
            QLineEdit *password = passwordField(dialog);
            QCheckBox *remember = rememberBox(dialog);
            QVERIFY(password && remember);
            QCOMPARE(dialog.address(), Address);
            QCOMPARE(remember->isChecked(), false);
            password->setText(Password);
            QVERIFY(keepOrForget(dialog)); // not ticked: nothing kept
            QCOMPARE(kept(Address), QString());
            remember->setChecked(true);
            QVERIFY(keepOrForget(dialog));
        }
        QCOMPARE(kept(Address), Password);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("qa.example.com"));
        QVERIFY(!stored.contains("ins-Pw1"));

        {
            ServerDialog dialog;
            QTRY_COMPARE(passwordField(dialog)->text(), Password);
            QCOMPARE(rememberBox(dialog)->isChecked(), true);
            // Another user on the same server: their own password, or none.
            dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("manager1"));
            QVERIFY(dialog.address().startsWith(QLatin1String("postgresql://manager1@")));
            QCOMPARE(kept(dialog.address()), QString());
        }
        {
            ServerDialog dialog;
            QTRY_COMPARE(passwordField(dialog)->text(), Password);
            rememberBox(dialog)->setChecked(false);
            QVERIFY(keepOrForget(dialog));
        }
        QCOMPARE(kept(Address), QString());
        {
            ServerDialog dialog;
            QTest::qWait(500); // the keychain's answer, had there been one
            QCOMPARE(passwordField(dialog)->text(), QString());
            QCOMPARE(rememberBox(dialog)->isChecked(), false);
        }
    }
};

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
