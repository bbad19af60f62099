// The comparison of a calibration session: answers side by side, consensus, each inspector's
// deviation, the agreement statistics that fit each kind of item, the answer matrix as CSV and the
// inspectors' drift over sessions (docs/calibration.md).
#include "calibration.h"

#include "calibrationstore.h"
#include "csvwriter.h"
#include "database.h"
#include "formrepository.h"
#include "outputfile.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace servqa {

namespace {

bool sameAnswer(const Answer &a, const Answer &b)
{
    return a.notApplicable == b.notApplicable && (a.notApplicable || a.value == b.value);
}

// The session's scorings handed in: [interaction][participant].
using HandedIn = QHash<qint64, QVector<std::optional<CalibrationScoring>>>;

Result<HandedIn> handedIn(Database &db, const Form &form, const CalibrationSession &s)
{
    HandedIn all;
    for (qint64 interaction : s.interactions) {
        QVector<std::optional<CalibrationScoring>> row;
        for (const CalibrationParticipant &p : s.participants) {
            auto scoring = calibration::loadScoring(db, form, s.id, interaction, p.id);
            if (!scoring)
                return Error{scoring.error()};
            row << (scoring->handedInAt ? std::optional<CalibrationScoring>(*scoring) : std::nullopt);
        }
        all.insert(interaction, row);
    }
    return all;
}

// The statistics of one kind of item: rows are units, columns the participants.
void addStatistics(QVector<CalibrationStatistic> &out, const QString &group, const Ratings &ratings, const QVector<double> &scale,
                   bool ordered, int participants)
{
    if (ratings.isEmpty())
        return;
    const auto add = [&](const QString &name, const Coefficient &c, Reading reading) {
        out << CalibrationStatistic{group, name, c, int(ratings.size()), readingOf(reading, c)};
    };
    const auto refused = [](const QString &why) {
        Coefficient c;
        c.undefinedBecause = why;
        return c;
    };
    if (!ordered) {
        add(QCoreApplication::translate("Calibration", "Percent agreement"), percentAgreement(ratings).share, Reading::Kappa);
        const auto ac1 = gwetAC(ratings, Weights::None, scale);
        add(QCoreApplication::translate("Calibration", "Gwet's AC1"), ac1 ? ac1->coefficient : refused(ac1.error()), Reading::Kappa);
        if (participants == 2) {
            const auto k = cohenKappa(ratings, Weights::None, scale);
            add(QCoreApplication::translate("Calibration", "Cohen's κ"), k ? k->kappa : refused(k.error()), Reading::Kappa);
        } else {
            const auto k = fleissKappa(ratings);
            add(QCoreApplication::translate("Calibration", "Fleiss' κ"), k ? k->kappa : refused(k.error()), Reading::Kappa);
        }
        add(QCoreApplication::translate("Calibration", "Krippendorff's α (nominal)"), krippendorffAlpha(ratings, Level::Nominal).alpha,
            Reading::Krippendorff);
        return;
    }
    add(QCoreApplication::translate("Calibration", "Krippendorff's α (ordinal)"), krippendorffAlpha(ratings, Level::Ordinal).alpha,
        Reading::Krippendorff);
    if (participants == 2) {
        const auto k = cohenKappa(ratings, Weights::Quadratic, scale);
        add(QCoreApplication::translate("Calibration", "Cohen's κ (quadratic weights)"), k ? k->kappa : refused(k.error()), Reading::Kappa);
    } else {
        const auto ac2 = gwetAC(ratings, Weights::Quadratic, scale);
        add(QCoreApplication::translate("Calibration", "Gwet's AC2 (quadratic weights)"), ac2 ? ac2->coefficient : refused(ac2.error()),
            Reading::Kappa);
    }
    const auto icc = intraclassCorrelations(ratings);
    add(QCoreApplication::translate("Calibration", "ICC(2,1)"), icc ? icc->forms[1].icc : refused(icc.error()), Reading::Intraclass);
}

Result<CalibrationComparison> compareSession(Database &db, const CalibrationSession &s)
{
    CalibrationComparison c;
    c.session = s;
    const auto form = FormRepository(db).load(s.formVersionId);
    if (!form)
        return Error{form.error()};
    c.form = *form;
    const auto scorings = handedIn(db, *form, s);
    if (!scorings)
        return Error{scorings.error()};
    const int people = int(s.participants.size());

    QHash<qint64, Answers> consensusOf; // by interaction
    for (qint64 interaction : s.interactions) {
        const auto &row = scorings->value(interaction);
        for (const FormSection &section : form->sections) {
            for (const FormItem &item : section.items) {
                if (!item.isScoring())
                    continue;
                CalibrationItemRow r;
                r.interactionId = interaction;
                r.itemKey = item.key;
                r.itemText = item.text;
                r.type = item.type;
                r.dimension = item.dimension;
                QVector<Answer> given;
                for (int p = 0; p < people; ++p) {
                    std::optional<Answer> answer;
                    if (row.value(p) && row.value(p)->answers.contains(item.key) && !row.value(p)->answers.value(item.key).isEmpty())
                        answer = row.value(p)->answers.value(item.key);
                    r.answers << answer;
                    if (answer)
                        given << *answer;
                }
                double low = 0, high = 0;
                bool any = false;
                for (const Answer &a : given) {
                    if (a.notApplicable || !a.value)
                        continue;
                    low = any ? std::min(low, *a.value) : *a.value;
                    high = any ? std::max(high, *a.value) : *a.value;
                    any = true;
                }
                if (any)
                    r.spread = high - low;
                if (given.size() >= 2) {
                    int equal = 0, pairs = 0;
                    for (int i = 0; i < given.size(); ++i) {
                        for (int j = i + 1; j < given.size(); ++j) {
                            ++pairs;
                            equal += sameAnswer(given[i], given[j]) ? 1 : 0;
                        }
                    }
                    r.agreement = double(equal) / pairs;
                }
                const auto stored = calibration::loadConsensus(db, s.id, interaction, item.id);
                if (!stored)
                    return Error{stored.error()};
                if (*stored) {
                    r.consensus = **stored;
                    QSqlQuery q(db.connection());
                    q.prepare(QStringLiteral("SELECT proposed, reason FROM calibration_consensus WHERE session_id = ? AND interaction_id = ? AND item_id = ?"));
                    q.addBindValue(s.id);
                    q.addBindValue(interaction);
                    q.addBindValue(item.id);
                    if (const Status st = execQuery(q, db); !st)
                        return Error{st.error()};
                    if (q.next()) {
                        r.consensusProposed = q.value(0).toInt() != 0;
                        r.consensusReason = q.value(1).toString();
                    }
                } else {
                    r.consensus = calibration::proposeConsensus(item, given);
                }
                if (r.consensus)
                    consensusOf[interaction].insert(item.key, *r.consensus);
                c.rows << r;
            }
        }
    }
    // Most disagreement first: the lowest agreement, then the widest spread; rows with fewer than
    // two answers last; otherwise in the session's order.
    QVector<int> index(c.rows.size());
    std::iota(index.begin(), index.end(), 0);
    std::stable_sort(index.begin(), index.end(), [&](int a, int b) {
        const CalibrationItemRow &x = c.rows[a], &y = c.rows[b];
        if (x.agreement.has_value() != y.agreement.has_value())
            return x.agreement.has_value();
        if (x.agreement && *x.agreement != *y.agreement)
            return *x.agreement < *y.agreement;
        return x.spread.value_or(0) > y.spread.value_or(0);
    });
    QVector<CalibrationItemRow> sorted;
    for (int i : index)
        sorted << c.rows[i];
    c.rows = sorted;

    for (qint64 interaction : s.interactions) {
        const auto score = scoreEvaluation(*form, consensusOf.value(interaction));
        c.consensusScores.insert(interaction, score && consensusOf.contains(interaction) ? score->percent : std::nullopt);
    }

    // Each inspector against the consensus.
    for (int p = 0; p < people; ++p) {
        InspectorDeviation d;
        d.inspectorId = s.participants[p].id;
        d.name = s.participants[p].name;
        double sum = 0, absolute = 0;
        std::array<double, DimensionCount> dimSum{};
        std::array<int, DimensionCount> dimCount{};
        for (qint64 interaction : s.interactions) {
            const auto &mine = scorings->value(interaction).value(p);
            const auto consensus = c.consensusScores.value(interaction);
            if (!mine || !mine->score.percent || !consensus)
                continue;
            ++d.interactions;
            const double diff = *mine->score.percent - *consensus;
            sum += diff;
            absolute += std::abs(diff);
            const auto consensusScore = scoreEvaluation(*form, consensusOf.value(interaction));
            for (Dimension dim : AllDimensions) {
                const int i = dimensionIndex(dim);
                if (consensusScore && mine->score.dimensions[i] && consensusScore->dimensions[i]) {
                    dimSum[i] += *mine->score.dimensions[i] - *consensusScore->dimensions[i];
                    ++dimCount[i];
                }
            }
        }
        if (d.interactions > 0) {
            d.points = sum / d.interactions;
            d.absolutePoints = absolute / d.interactions;
        }
        for (int i = 0; i < DimensionCount; ++i) {
            if (dimCount[i] > 0)
                d.dimensions[i] = dimSum[i] / dimCount[i];
        }
        int compared = 0, matching = 0;
        for (const CalibrationItemRow &r : c.rows) {
            if (r.answers[p] && r.consensus) {
                ++compared;
                matching += sameAnswer(*r.answers[p], *r.consensus) ? 1 : 0;
            }
        }
        if (compared > 0)
            d.matching = double(matching) / compared;
        c.inspectors << d;
    }

    // The statistics that fit each kind of item (docs/calibration.md): yes/no items as nominal,
    // each rating scale as ordinal on its own scale, and the scores as interval.
    struct Group
    {
        QString name;
        QVector<ItemType> types;
        QVector<double> scale;
        bool ordered;
    };
    const QVector<Group> groups{
        {QCoreApplication::translate("Calibration", "Yes/no items"), {ItemType::YesNo, ItemType::YesNoNa}, {0, 1}, false},
        {QCoreApplication::translate("Calibration", "Ratings 1–5"), {ItemType::Rating5}, {1, 2, 3, 4, 5}, true},
        {QCoreApplication::translate("Calibration", "Ratings 1–7"), {ItemType::Rating7}, {1, 2, 3, 4, 5, 6, 7}, true},
        {QCoreApplication::translate("Calibration", "Scale 0–10"), {ItemType::Scale10}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, true},
    };
    for (const Group &g : groups) {
        Ratings ratings;
        for (const CalibrationItemRow &r : c.rows) {
            if (!g.types.contains(r.type))
                continue;
            QVector<std::optional<double>> unit;
            for (const auto &a : r.answers)
                unit << (a && !a->notApplicable ? a->value : std::nullopt);
            ratings << unit;
        }
        addStatistics(c.statistics, g.name, ratings, g.scale, g.ordered, people);
    }
    Ratings scores;
    for (qint64 interaction : s.interactions) {
        QVector<std::optional<double>> unit;
        for (const auto &mine : scorings->value(interaction))
            unit << (mine ? mine->score.percent : std::nullopt);
        scores << unit;
    }
    const QString scoreGroup = QCoreApplication::translate("Calibration", "Scores (%)");
    const auto icc = intraclassCorrelations(scores);
    Coefficient iccValue;
    if (icc)
        iccValue = icc->forms[1].icc;
    else
        iccValue.undefinedBecause = icc.error();
    c.statistics << CalibrationStatistic{scoreGroup, QCoreApplication::translate("Calibration", "ICC(2,1)"), iccValue, int(scores.size()),
                                         readingOf(Reading::Intraclass, iccValue)};
    const Coefficient alpha = krippendorffAlpha(scores, Level::Interval).alpha;
    c.statistics << CalibrationStatistic{scoreGroup, QCoreApplication::translate("Calibration", "Krippendorff's α (interval)"), alpha,
                                         int(scores.size()), readingOf(Reading::Krippendorff, alpha)};
    return c;
}

} // namespace

QString readingOf(Reading scale, const Coefficient &c)
{
    if (!c.value)
        return c.undefinedBecause;
    const double v = *c.value;
    switch (scale) {
    case Reading::Kappa:
        // Landis & Koch (1977).
        if (v < 0)
            return QCoreApplication::translate("Calibration", "poor: below chance");
        if (v <= 0.20)
            return QCoreApplication::translate("Calibration", "slight");
        if (v <= 0.40)
            return QCoreApplication::translate("Calibration", "fair");
        if (v <= 0.60)
            return QCoreApplication::translate("Calibration", "moderate");
        if (v <= 0.80)
            return QCoreApplication::translate("Calibration", "substantial");
        return QCoreApplication::translate("Calibration", "almost perfect");
    case Reading::Krippendorff:
        // Krippendorff (2004, p. 241).
        if (v >= 0.800)
            return QCoreApplication::translate("Calibration", "reliable (α ≥ .800)");
        if (v >= 0.667)
            return QCoreApplication::translate("Calibration", "tentative conclusions only (α ≥ .667)");
        return QCoreApplication::translate("Calibration", "not reliable (α < .667)");
    case Reading::Intraclass:
        // Koo & Li (2016).
        if (v < 0.5)
            return QCoreApplication::translate("Calibration", "poor (below .50)");
        if (v < 0.75)
            return QCoreApplication::translate("Calibration", "moderate (.50–.75)");
        if (v < 0.9)
            return QCoreApplication::translate("Calibration", "good (.75–.90)");
        return QCoreApplication::translate("Calibration", "excellent (above .90)");
    }
    return {};
}

Result<CalibrationComparison> Calibration::compare(qint64 sessionId)
{
    const auto s = readable(sessionId);
    if (!s)
        return Error{s.error()};
    return compareSession(m_db, *s);
}

Status Calibration::exportAnswerMatrix(qint64 sessionId, const QString &path)
{
    const auto c = compare(sessionId);
    if (!c)
        return Error{c.error()};
    if (const Status s = checkOutputPath(path, {m_db.path()}); !s)
        return s;
    QByteArray out("\xEF\xBB\xBF");
    QStringList header{QStringLiteral("interaction_id"), QStringLiteral("item_key"), QStringLiteral("item"), QStringLiteral("dimension")};
    for (const CalibrationParticipant &p : c->session.participants)
        header << p.name;
    header << QStringLiteral("consensus") << QStringLiteral("agreement") << QStringLiteral("spread");
    out += csvRecord(header);
    // In the session's order (the CSV is a matrix to analyse, not a list to read).
    for (qint64 interaction : c->session.interactions) {
        for (const FormSection &section : c->form.sections) {
            for (const FormItem &item : section.items) {
                const auto row = std::find_if(c->rows.cbegin(), c->rows.cend(), [&](const CalibrationItemRow &r) {
                    return r.interactionId == interaction && r.itemKey == item.key;
                });
                if (row == c->rows.cend())
                    continue;
                QStringList fields{QString::number(interaction), item.key, item.text, dimensionKey(item.dimension)};
                for (const auto &a : row->answers)
                    fields << (a ? calibration::answerText(item, *a) : QString());
                fields << (row->consensus ? calibration::answerText(item, *row->consensus) : QString());
                fields << (row->agreement ? QString::number(*row->agreement, 'g', 6) : QString());
                fields << (row->spread ? QString::number(*row->spread, 'g', 6) : QString());
                out += csvRecord(fields);
            }
        }
    }
    return writeWholeFile(path, out, {m_db.path()});
}

Result<QVector<CalibrationDriftPoint>> Calibration::drift()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM calibration_sessions WHERE status = 'closed' ORDER BY closed_at, id")))
        return Error{execQuery(q, m_db).error()};
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVector<CalibrationDriftPoint> points;
    for (qint64 id : ids) {
        const auto s = session(id);
        if (!s)
            return Error{s.error()};
        const auto c = compareSession(m_db, *s);
        if (!c)
            return Error{c.error()};
        for (const InspectorDeviation &d : c->inspectors) {
            if (d.interactions == 0)
                continue;
            points << CalibrationDriftPoint{id, s->name, s->closedAt.value_or(s->createdAt), d.inspectorId, d.name, d.points, d.absolutePoints,
                                            d.matching};
        }
    }
    return points;
}

} // namespace servqa
