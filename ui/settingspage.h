#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace servqa {

class Session;

// Settings: the interface language (applied at once, remembered) and facts about the open
// workspace.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showWorkspace();

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
};

} // namespace servqa
