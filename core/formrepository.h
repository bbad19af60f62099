#pragma once

#include "form.h"
#include "result.h"

#include <QVector>

namespace servqa {

class Database;

// One row of the Scorecards list: a version of a form and how much it is used.
struct FormVersionSummary
{
    qint64 versionId = 0;
    qint64 formId = 0;
    QString code;
    QString name;
    FormKind kind = FormKind::Scorecard;
    int version = 1;
    FormStatus status = FormStatus::Draft;
    double passMark = 0;
    int itemCount = 0;
    qint64 evaluationCount = 0; // counted only when asked (versions())
};

// Forms are stored as versions: a version with evaluations is never changed in place, so old
// evaluations keep the exact form they were scored with.
class FormRepository
{
public:
    explicit FormRepository(Database &db) : m_db(db) {}

    // Stores `form` as the next version of the form with its code (creating the form on first
    // save) and returns it with the database ids filled in. Runs in one transaction.
    Result<Form> insertVersion(const Form &form);
    // Saves an edited form: a draft version nobody has used is updated in place; anything
    // else (a version with evaluations, an active or retired one, a new form) becomes a new
    // draft version, so old evaluations keep theirs. Audited under `userId` (0: nobody, for a
    // workspace without users yet). A draft saved in place since `form` was read (another desk,
    // on a server) is not overwritten: refused, naming who saved it and when.
    Result<Form> save(const Form &form, qint64 userId);
    // Whether `form`'s version was saved in place since it was read.
    Result<bool> changedSince(const Form &form);
    // Draft → active → retired. Activating a version retires the form's other active one.
    Status setStatus(qint64 versionId, FormStatus status, qint64 userId);
    Result<Form> load(qint64 versionId);
    // Every version of every form, by code, the newest first. The evaluations made with each are
    // counted only when asked: that reads every evaluation (0.2 s on a million), which a form
    // chooser or filter has no use for.
    enum class Count { Items, ItemsAndEvaluations };
    Result<QVector<FormVersionSummary>> versions(Count count = Count::Items);
    // The newest active version of a form, if any.
    Result<std::optional<qint64>> activeVersionId(const QString &code);

private:
    Status insertSections(Form &form); // fills in the section and item ids
    QString savedMeanwhile(const Form &form);

    Database &m_db;
};

} // namespace servqa
