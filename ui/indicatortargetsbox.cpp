#include "indicatortargetsbox.h"

#include "durationspinbox.h"
#include "formatting.h"
#include "indicatorpresets.h"
#include "indicatortexts.h"
#include "listtables.h"
#include "plaintext.h"
#include "session.h"
#include "siterepository.h"
#include "spc.h"
#include "workspacesettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

QString channelText(const std::optional<Channel> &c)
{
    return c ? channelName(*c) : IndicatorTargetsBox::tr("Every channel");
}

} // namespace

IndicatorTargetsBox::IndicatorTargetsBox(Session &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    m_table = new QTableWidget(0, 7, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(220);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_preset = new QComboBox(this);
    for (const IndicatorPreset &p : indicatorPresets())
        m_preset->addItem(QString(), p.key);
    m_apply = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_preset, 1);
    buttons->addWidget(m_apply);
    m_rulesLabel = new QLabel(this);
    auto *rules = new QHBoxLayout;
    rules->addWidget(m_rulesLabel);
    for (int r = 1; r <= spc::ruleCount; ++r) {
        auto *box = new QCheckBox(QString::number(r), this);
        m_rules << box;
        rules->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, box] { saveRules(box); });
    }
    rules->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(rules);
    layout->addWidget(m_note);
    m_who = new QLabel(this); // why the targets cannot be changed by the one working
    m_who->setWordWrap(true);
    m_who->setTextFormat(Qt::PlainText);
    m_who->hide();
    layout->addWidget(m_who);
    connect(&m_session, &Session::userChanged, this, &IndicatorTargetsBox::reload);
    connect(m_add, &QPushButton::clicked, this, &IndicatorTargetsBox::addTarget);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorTargetsBox::editTarget);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorTargetsBox::removeTarget);
    connect(m_apply, &QPushButton::clicked, this, &IndicatorTargetsBox::applyPreset);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &IndicatorTargetsBox::editTarget);
    retranslate();
}

void IndicatorTargetsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void IndicatorTargetsBox::retranslate()
{
    setTitle(tr("Indicator targets"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Channel"), tr("Place"), tr("Time limit"), tr("Target"), tr("Warning"), tr("Alarm")});
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_apply->setText(tr("Apply &preset"));
    m_rulesLabel->setText(tr("Run rules of the control charts and their alerts:"));
    const QStringList rules{tr("Rule 1: a point beyond a control limit (3σ)"), tr("Rule 2: 2 of 3 points in a row beyond 2σ, on one side"),
                            tr("Rule 3: 4 of 5 points in a row beyond 1σ, on one side"), tr("Rule 4: 8 points in a row on one side of the centre"),
                            tr("Rule 5: 6 points in a row rising or falling"), tr("Rule 6: 14 points in a row alternating up and down"),
                            tr("Rule 7: 15 points in a row within 1σ of the centre"), tr("Rule 8: 8 points in a row beyond 1σ, on either side")};
    for (int r = 0; r < m_rules.size(); ++r)
        m_rules[r]->setToolTip(rules[r] + (r < 4 ? tr(" (Western Electric)") : tr(" (Nelson)")));
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(i, indicatorPresets()[i].name());
    m_note->setText(tr("Below the warning level an indicator warns, below the alarm level it alarms (on the Alerts page). The most specific "
                       "target applies: a site's over its region's over every site's, a channel's over every channel's. A channel's "
                       "first-response time for every site is the one above. A preset sets the targets it names and keeps the others."));
    reload();
}

void IndicatorTargetsBox::reload()
{
    Database *db = m_session.database();
    m_targets.clear();
    QHash<qint64, QString> siteNames;
    if (db) {
        if (const auto targets = loadIndicatorTargets(*db))
            m_targets = *targets;
        if (const auto sites = SiteRepository(*db).all()) {
            for (const Site &s : *sites)
                siteNames.insert(s.id, s.name);
        }
    }
    std::stable_sort(m_targets.begin(), m_targets.end(), [](const IndicatorTarget &a, const IndicatorTarget &b) { return int(a.kind) < int(b.kind); });
    m_table->setRowCount(m_targets.size());
    for (int r = 0; r < m_targets.size(); ++r) {
        const IndicatorTarget &t = m_targets[r];
        const QString place = t.siteId ? siteNames.value(*t.siteId) : t.region.isEmpty() ? tr("Every site") : t.region;
        const QStringList cells = {indicatorName(t.kind), channelText(t.channel), place,
                                   t.thresholdSeconds ? formatSeconds(*t.thresholdSeconds) : QStringLiteral("—"), indicatorValueText(t.kind, t.target),
                                   indicatorValueText(t.kind, t.warning), indicatorValueText(t.kind, t.alarm)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    fitColumns(m_table, 0); // the indicator's name takes the width the numbers leave
    // The targets decide which weeks raise alerts: a QA lead's or an administrator's to set.
    const Status allowed = db ? maySetTargets(*db, m_session.userId()) : Status(Error{QString()});
    const bool writable = db && !db->isReadOnly() && allowed;
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_edit, m_remove, m_apply, m_preset})
        w->setEnabled(writable);
    m_who->setText(db && !allowed ? allowed.error() : QString());
    m_who->setVisible(!m_who->text().isEmpty());
    const unsigned chosen = db ? WorkspaceSettings(*db).runRules() : 0;
    for (int r = 0; r < m_rules.size(); ++r) {
        const QSignalBlocker block(m_rules[r]);
        m_rules[r]->setChecked(chosen & spc::ruleBit(r + 1));
        m_rules[r]->setEnabled(writable);
    }
}

void IndicatorTargetsBox::saveRules(QCheckBox *toggled)
{
    Database *db = m_session.database();
    if (!db)
        return;
    unsigned rules = 0;
    for (int r = 0; r < m_rules.size(); ++r)
        rules |= m_rules[r]->isChecked() ? spc::ruleBit(r + 1) : 0;
    if (const Status s = WorkspaceSettings(*db).setRunRules(rules); !s) {
        const QSignalBlocker block(toggled);
        toggled->setChecked(true); // the last rule stays: a chart needs one
        plain::warning(this, tr("Run rules"), s.error());
        return;
    }
    // The charts and the alerts look again with the rules chosen.
    m_session.notifyDataChanged();
}

bool IndicatorTargetsBox::edit(IndicatorTarget target)
{
    IndicatorTargetDialog dialog(m_session, target, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // A changed time limit counts the contacts again (a second on a million): the wait shows.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto saved = saveIndicatorTarget(*m_session.database(), dialog.target());
    QApplication::restoreOverrideCursor();
    if (!saved) {
        plain::warning(this, tr("Indicator targets"), saved.error());
        return false;
    }
    reload();
    emit changed();
    m_session.notifyDataChanged(); // alerts and the Indicators tab follow
    return true;
}

void IndicatorTargetsBox::addTarget()
{
    if (!m_session.database())
        return;
    IndicatorTarget t;
    t.kind = IndicatorKind::Csat;
    t.target = 90;
    t.warning = 85;
    t.alarm = 80;
    edit(t);
}

void IndicatorTargetsBox::editTarget()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_targets.size() && m_session.database())
        edit(m_targets[row]);
}

void IndicatorTargetsBox::removeTarget()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_targets.size() || !m_session.database())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status removed = removeIndicatorTarget(*m_session.database(), m_targets[row].id);
    QApplication::restoreOverrideCursor();
    if (!removed)
        plain::warning(this, tr("Indicator targets"), removed.error());
    reload();
    emit changed();
    m_session.notifyDataChanged();
}

void IndicatorTargetsBox::applyPreset()
{
    const int i = m_preset->currentIndex();
    if (i < 0 || !m_session.database())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status applied = applyIndicatorPreset(*m_session.database(), indicatorPresets()[i]);
    QApplication::restoreOverrideCursor();
    if (!applied)
        plain::warning(this, tr("Indicator targets"), applied.error());
    reload();
    emit changed();
    m_session.notifyDataChanged();
}

IndicatorTargetDialog::IndicatorTargetDialog(Session &session, const IndicatorTarget &t, QWidget *parent) : QDialog(parent), m_id(t.id)
{
    setWindowTitle(t.id ? tr("Edit indicator target") : tr("New indicator target"));
    m_indicator = new QComboBox(this);
    for (IndicatorKind k : allIndicators())
        m_indicator->addItem(indicatorName(k), int(k));
    m_indicator->setCurrentIndex(m_indicator->findData(int(t.kind)));
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("Every channel"), QString());
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), channelKey(c));
    m_channel->setCurrentIndex(t.channel ? m_channel->findData(channelKey(*t.channel)) : 0);
    m_place = new QComboBox(this);
    m_place->addItem(tr("Every site"), QString());
    if (Database *db = session.database()) {
        if (const auto regions = SiteRepository(*db).regions()) {
            for (const QString &r : *regions)
                m_place->addItem(tr("Region: %1").arg(r), QString(QStringLiteral("r:") + r));
        }
        if (const auto sites = SiteRepository(*db).all()) {
            for (const Site &s : *sites)
                m_place->addItem(s.name, QStringLiteral("s:%1").arg(s.id));
        }
    }
    const QString place = t.siteId ? QStringLiteral("s:%1").arg(*t.siteId) : t.region.isEmpty() ? QString() : QStringLiteral("r:") + t.region;
    m_place->setCurrentIndex(std::max(0, m_place->findData(place)));
    m_limitLabel = new QLabel(tr("Within:"), this);
    m_limit = new DurationSpinBox(this);
    m_limit->setDurationRange(1, 30 * 24 * 3600);
    m_limit->showValue(t.thresholdSeconds.value_or(60));
    const char *names[] = {QT_TR_NOOP("Target:"), QT_TR_NOOP("Warning below:"), QT_TR_NOOP("Alarm below:")};
    const double values[] = {t.target, t.warning, t.alarm};
    auto *form = new QFormLayout;
    form->addRow(tr("Indicator:"), m_indicator);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Place:"), m_place);
    form->addRow(m_limitLabel, m_limit);
    for (int i = 0; i < 3; ++i) {
        m_levels[i] = new QDoubleSpinBox(this);
        m_levels[i]->setRange(-100, 100);
        m_levels[i]->setDecimals(1);
        m_levels[i]->setValue(values[i]);
        form->addRow(tr(names[i]), m_levels[i]);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_indicator, qOverload<int>(&QComboBox::currentIndexChanged), this, &IndicatorTargetDialog::updateFields);
    updateFields();
}

void IndicatorTargetDialog::updateFields()
{
    const auto kind = static_cast<IndicatorKind>(m_indicator->currentData().toInt());
    m_limitLabel->setVisible(isTimeIndicator(kind));
    m_limit->setVisible(isTimeIndicator(kind));
    const bool percent = isShare(kind) || kind == IndicatorKind::MysteryShop;
    for (QDoubleSpinBox *box : m_levels) {
        box->setSuffix(percent ? tr(" %", "after a percentage") : QString());
        box->setDecimals(kind == IndicatorKind::CsatMean || kind == IndicatorKind::Ces ? 2 : 1);
    }
}

IndicatorTarget IndicatorTargetDialog::target() const
{
    IndicatorTarget t;
    t.id = m_id;
    t.kind = static_cast<IndicatorKind>(m_indicator->currentData().toInt());
    t.channel = channelFromKey(m_channel->currentData().toString());
    const QString place = m_place->currentData().toString();
    if (place.startsWith(QLatin1String("s:")))
        t.siteId = place.mid(2).toLongLong();
    else if (place.startsWith(QLatin1String("r:")))
        t.region = place.mid(2);
    if (isTimeIndicator(t.kind))
        t.thresholdSeconds = m_limit->value();
    t.target = m_levels[0]->value();
    t.warning = m_levels[1]->value();
    t.alarm = m_levels[2]->value();
    return t;
}

} // namespace servqa
