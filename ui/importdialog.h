#pragma once

#include "csvimporter.h"

#include <QDialog>
#include <QPointer>
#include <QVector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace servqa {

class BackgroundJob;
class Session;

// Import sites, staff or interactions from CSV: pick the file and encoding, check the preview
// of the first rows, map columns (matched from the header automatically), import. The import
// runs off the GUI thread in one transaction and can be cancelled; a rejected file shows the
// file, line and column of the problem and writes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Session &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setKind(ImportKind kind);
    void setFile(const QString &path);
    // Column chosen for each field of the kind (-1 none), as shown in the mapping.
    QVector<int> mapping() const;
    void setMapping(int field, int column);
    void startImport();
    bool isImporting() const;
    QString message() const; // the last result or error shown

signals:
    void importFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPreview();
    void rebuildMapping();
    void showMessage(const QString &text, bool error);
    bool canImport() const;
    void showPreviewHint();
    ImportKind kind() const;
    void showKindFields(); // the wave, survey and scale fields the kind of import takes
    CsvEncoding encoding() const;

    Session &m_session;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_sourceLabel;
    QLineEdit *m_source;
    QLabel *m_waveLabel;
    QLineEdit *m_wave; // the survey wave, or the feedback's survey
    QLabel *m_csatScaleLabel;
    QComboBox *m_csatScale; // a new feedback survey's CSAT scale
    QGroupBox *m_previewBox;
    QTableWidget *m_preview;
    QLabel *m_previewHint; // what the empty preview is for, until a file is chosen
    QGroupBox *m_mappingBox;
    QFormLayout *m_mappingForm;
    QVector<QComboBox *> m_mapping;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QStringList m_header;
    bool m_json = false; // the file is a JSON file of transcripts: no preview, no columns

    QPointer<BackgroundJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace servqa
