#include "welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace servqa {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_new = new QPushButton(this);
    m_open = new QPushButton(this);
    m_demo = new QPushButton(this);
    m_recentLabel = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recentLabel->setBuddy(m_recent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 2);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentChosen(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(p, m_recent);
        item->setData(Qt::UserRole, p);
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to ServQA"));
    m_text->setText(tr("A workspace is one file holding your sites, staff, interactions, scorecards and "
                       "evaluations. Create a new one, open an existing one, or explore the demo workspace."));
    m_new->setText(tr("&New workspace…"));
    m_open->setText(tr("&Open workspace…"));
    m_demo->setText(tr("Open the &demo workspace"));
    m_recentLabel->setText(tr("&Recent workspaces:"));
}

} // namespace servqa
