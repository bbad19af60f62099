#pragma once

// The calibration session of tst_calibration, tst_calibrationpage and tst_calibrationreport:
// three inspectors score two calls of the scorecard fixture (SC-1: r1 reliability, e1 empathy,
// critical c1 assurance; a failed c1 scores 0):
//
//            X1: r1 e1 c1  score    X2: r1 e1 c1  score
//   刘勇 liu      Y  Y  Y   100          Y  Y  Y   100
//   陈静 chen     N  Y  Y    50          Y  N  Y    50
//   赵磊 zhao     N  Y  Y    50          Y  Y  N     0
//   proposed     N  Y  Y    50          Y  Y  Y   100
//
// Deviation from consensus: liu (+50, 0) → +25; chen (0, −50) → −25; zhao (0, −100) → −50; each
// matches 5 of 6 items. Yes/no statistics over the six items: percent agreement 2/3, Fleiss' κ 1/28
// (P̄e = 53/81), Gwet's AC1 26/53.

#include "calibration.h"
#include "scorecardfixture.h"

namespace servqa::test {

inline const Answer Yes = Answer::yes(), No = Answer::no();

inline Answers scorecardAnswers(Answer r1, Answer e1, Answer c1)
{
    return Answers{{QStringLiteral("r1"), r1}, {QStringLiteral("e1"), e1}, {QStringLiteral("c1"), c1}};
}

// The scorecard fixture with two more March calls of S1 (X1, X2, not evaluated), two more
// inspectors and a QA lead whose name has markup in it (it must print as typed).
struct CalibrationFixture : ScorecardFixture
{
    qint64 chen = 0, zhao = 0, lead = 0, x1 = 0, x2 = 0;

    CalibrationFixture()
    {
        Database &db = *ws.db;
        auto user = [&](const char *login, const char *name, UserRole role) {
            User u;
            u.login = QString::fromUtf8(login);
            u.name = QString::fromUtf8(name);
            u.role = role;
            return *UserRepository(db).upsert(u);
        };
        chen = user("chen", "陈静", UserRole::Inspector);
        zhao = user("zhao", "赵磊", UserRole::Inspector);
        lead = user("zhou", "周敏 <QA lead>", UserRole::Lead);
        auto call = [&](const char *external, int day) {
            Interaction i;
            i.externalId = QString::fromUtf8(external);
            i.channel = Channel::Call;
            i.siteId = east1;
            i.staffId = a1;
            i.startedAt = QDateTime(QDate(2025, 3, day), QTime(11, 0));
            return *InteractionRepository(db).upsert(i);
        };
        x1 = call("X1", 20);
        x2 = call("X2", 21);
    }

    qint64 create(bool blind = true, const QString &name = QStringLiteral("三月校准 March"))
    {
        NewCalibrationSession s;
        s.name = name;
        s.formVersionId = scorecard.versionId;
        s.interactions = {x1, x2};
        s.participants = {inspector, chen, zhao};
        s.deadline = QDate(2025, 3, 31);
        s.blind = blind;
        const auto id = Calibration(*ws.db, lead).create(s);
        if (!id)
            qFatal("create refused: %s", qPrintable(id.error()));
        return *id;
    }

    void score(qint64 session, qint64 who, qint64 interaction, const Answers &answers)
    {
        Calibration c(*ws.db, who);
        const Status saved = c.save(session, interaction, answers, QStringLiteral("calibration"));
        if (!saved)
            qFatal("save refused: %s", qPrintable(saved.error()));
        const Status handedIn = c.handIn(session, interaction);
        if (!handedIn)
            qFatal("hand-in refused: %s", qPrintable(handedIn.error()));
    }

    // The session of the header comment, scored and closed.
    qint64 run(const QString &name = QStringLiteral("三月校准 March"))
    {
        const qint64 session = create(true, name);
        score(session, inspector, x1, scorecardAnswers(Yes, Yes, Yes));
        score(session, chen, x1, scorecardAnswers(No, Yes, Yes));
        score(session, zhao, x1, scorecardAnswers(No, Yes, Yes));
        score(session, inspector, x2, scorecardAnswers(Yes, Yes, Yes));
        score(session, chen, x2, scorecardAnswers(Yes, No, Yes));
        score(session, zhao, x2, scorecardAnswers(Yes, Yes, No));
        if (!Calibration(*ws.db, lead).close(session))
            qFatal("close refused");
        return session;
    }
};

} // namespace servqa::test
