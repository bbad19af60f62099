#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace servqa {

// Shown while no workspace is open: create one, open one, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecent(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_demo;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace servqa
