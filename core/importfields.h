#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace servqa {

enum class ImportKind { Sites, Staff, Interactions, Survey, Feedback, Complaints, Transcripts };
const QVector<ImportKind> &importKinds(); // in the order the import dialog offers them
QString importKindKey(ImportKind kind);
std::optional<ImportKind> importKindFromKey(const QString &key);
QString importKindName(ImportKind kind); // translated

// A column ServQA reads from an import file.
struct ImportField
{
    QString key;          // canonical header, e.g. "site_code"
    QStringList aliases;  // other headers recognised automatically (English and Chinese)
    bool required = false;
    QString label() const; // translated, for the mapping dialog
};

// The columns of each import kind, in the order the mapping dialog shows them.
// The formats are documented in docs/formats.md.
const QVector<ImportField> &importFields(ImportKind kind);

// Maps each field to a column of `header` by key or alias (case-insensitive, trimmed);
// -1 where no column matches.
QVector<int> autoMapColumns(ImportKind kind, const QStringList &header);

} // namespace servqa
