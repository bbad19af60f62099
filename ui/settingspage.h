#pragma once

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace servqa {

class DurationSpinBox;
class IndicatorTargetsBox;

class Session;

// Settings: the interface language (applied at once, remembered), the organisation name and
// logo printed on every report (kept in the workspace), and facts about the open workspace.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLabel *workspacePathLabel() const { return m_path; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QLabel *recordingsFolderLabel() const { return m_recordings; }
    // Sets this computer's folder of the open workspace's recordings; empty: the default.
    void setRecordingsFolder(const QString &folder);
    QSpinBox *evidenceLimitBox() const { return m_evidenceLimit; }
    QSpinBox *packageLimitBox() const { return m_packageLimit; }
    DurationSpinBox *responseTargetBox(int channel) const { return m_targets.value(channel); } // AllChannels order
    // Sets the workspace's report logo from an image file; false with a message on failure.
    bool setLogoFile(const QString &path);

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showWorkspace();
    void showRecordingsFolder();
    void showOrganisation();
    void showTargets();
    void showSafety();

    Session &m_session;
    QGroupBox *m_interfaceBox;
    QGroupBox *m_workspaceBox;
    QFormLayout *m_interfaceForm;
    QFormLayout *m_workspaceForm;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QLabel *m_languageNote;
    QLabel *m_pathLabel;
    QLabel *m_formatLabel;
    QLabel *m_contentsLabel;
    QLabel *m_path;
    QLabel *m_format;
    QLabel *m_contents;
    QLabel *m_recordingsLabel;
    QLabel *m_recordings;
    QPushButton *m_chooseRecordings;
    QPushButton *m_defaultRecordings;
    QGroupBox *m_organisationBox;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisation;
    QLabel *m_logoLabel;
    QLabel *m_logo;
    QPushButton *m_chooseLogo;
    QPushButton *m_removeLogo;
    QLabel *m_organisationNote;
    QCheckBox *m_pdfA;
    QGroupBox *m_targetsBox;
    IndicatorTargetsBox *m_indicatorTargets;
    QVector<QLabel *> m_targetLabels;
    QVector<DurationSpinBox *> m_targets;
    QLabel *m_targetsNote;
    QGroupBox *m_safetyBox;
    QLabel *m_evidenceLabel;
    QSpinBox *m_evidenceLimit;
    QLabel *m_packageLabel;
    QSpinBox *m_packageLimit;
    QLabel *m_backupsLabel;
    QSpinBox *m_backupsKept;
    QLabel *m_safetyNote;
};

} // namespace servqa
