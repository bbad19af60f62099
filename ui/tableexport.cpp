#include "tableexport.h"

#include "csvwriter.h"
#include "outputfile.h"
#include "plaintext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace servqa {

Status exportModelCsv(const QAbstractItemModel *model, const QString &path)
{
    if (const Status s = checkOutputPath(path); !s)
        return s;
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal).toString();
    out += csvRecord(header);
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            const QVariant raw = index.data(Qt::UserRole);
            fields << (raw.isValid() && !raw.isNull() ? raw.toString() : index.data(Qt::DisplayRole).toString());
        }
        out += csvRecord(fields);
    }
    return writeWholeFile(path, out);
}

void addCsvExport(QAbstractItemView *view, const QString &suggestedName)
{
    auto *action = new QAction(QCoreApplication::translate("TableExport", "Export CSV…"), view);
    action->setObjectName(QStringLiteral("exportCsv"));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view, suggestedName] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
        const QString path = QFileDialog::getSaveFileName(view, QCoreApplication::translate("TableExport", "Export CSV"), suggested,
                                                          QCoreApplication::translate("TableExport", "CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status s = exportModelCsv(view->model(), path); !s)
            plain::warning(view, QCoreApplication::translate("TableExport", "Export failed"), s.error());
    });
}

void retranslateCsvExport(QAbstractItemView *view)
{
    if (auto *action = view->findChild<QAction *>(QStringLiteral("exportCsv")))
        action->setText(QCoreApplication::translate("TableExport", "Export CSV…"));
}

} // namespace servqa
