#include "importfields.h"

#include <QCoreApplication>

namespace servqa {

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Sites: return QStringLiteral("sites");
    case ImportKind::Staff: return QStringLiteral("staff");
    case ImportKind::Interactions: return QStringLiteral("interactions");
    case ImportKind::Survey: return QStringLiteral("survey");
    case ImportKind::Feedback: return QStringLiteral("feedback");
    case ImportKind::Complaints: return QStringLiteral("complaints");
    case ImportKind::Transcripts: return QStringLiteral("transcripts");
    }
    return {};
}

const QVector<ImportKind> &importKinds()
{
    static const QVector<ImportKind> all = {ImportKind::Sites,    ImportKind::Staff,      ImportKind::Interactions,
                                            ImportKind::Survey,   ImportKind::Feedback,   ImportKind::Complaints,
                                            ImportKind::Transcripts};
    return all;
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    for (ImportKind k : importKinds()) {
        if (importKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Sites: return QCoreApplication::translate("Import", "Sites (stores and teams)");
    case ImportKind::Staff: return QCoreApplication::translate("Import", "Staff (agents and employees)");
    case ImportKind::Interactions: return QCoreApplication::translate("Import", "Interactions");
    case ImportKind::Survey: return QCoreApplication::translate("Import", "SERVQUAL survey responses");
    case ImportKind::Feedback: return QCoreApplication::translate("Import", "Customer feedback after a contact (CSAT, NPS, CES)");
    case ImportKind::Complaints: return QCoreApplication::translate("Import", "Complaints");
    case ImportKind::Transcripts: return QCoreApplication::translate("Import", "Transcripts with times (CSV, a turn per row, or JSON; for interactions already imported)");
    }
    return {};
}

QString ImportField::label() const
{
    static const std::pair<const char *, const char *> Labels[] = {
        {"code", QT_TRANSLATE_NOOP("Import", "Code")},
        {"name", QT_TRANSLATE_NOOP("Import", "Name")},
        {"kind", QT_TRANSLATE_NOOP("Import", "Kind (store / team)")},
        {"region", QT_TRANSLATE_NOOP("Import", "Region")},
        {"parent_code", QT_TRANSLATE_NOOP("Import", "Parent site code")},
        {"site_code", QT_TRANSLATE_NOOP("Import", "Site code")},
        {"role", QT_TRANSLATE_NOOP("Import", "Role")},
        {"active", QT_TRANSLATE_NOOP("Import", "Active")},
        {"source", QT_TRANSLATE_NOOP("Import", "Source system")},
        {"external_id", QT_TRANSLATE_NOOP("Import", "External ID")},
        {"channel", QT_TRANSLATE_NOOP("Import", "Channel")},
        {"staff_code", QT_TRANSLATE_NOOP("Import", "Staff code")},
        {"customer_ref", QT_TRANSLATE_NOOP("Import", "Customer reference")},
        {"started_at", QT_TRANSLATE_NOOP("Import", "Start time")},
        {"duration_s", QT_TRANSLATE_NOOP("Import", "Duration (s)")},
        {"first_response_s", QT_TRANSLATE_NOOP("Import", "First response (s)")},
        {"hold_s", QT_TRANSLATE_NOOP("Import", "Hold time (s)")},
        {"resolution_s", QT_TRANSLATE_NOOP("Import", "Resolution time (s)")},
        {"response_id", QT_TRANSLATE_NOOP("Import", "Response ID")},
        {"interaction_id", QT_TRANSLATE_NOOP("Import", "Interaction (external ID)")},
        {"interaction_source", QT_TRANSLATE_NOOP("Import", "Interaction's source system")},
        {"csat", QT_TRANSLATE_NOOP("Import", "CSAT (satisfaction)")},
        {"nps", QT_TRANSLATE_NOOP("Import", "NPS (0–10)")},
        {"ces", QT_TRANSLATE_NOOP("Import", "CES (1–7)")},
        {"comment", QT_TRANSLATE_NOOP("Import", "Comment")},
        {"resolved", QT_TRANSLATE_NOOP("Import", "Resolved")},
        {"recording_path", QT_TRANSLATE_NOOP("Import", "Recording file")},
        {"transcript", QT_TRANSLATE_NOOP("Import", "Transcript")},
        {"speaker", QT_TRANSLATE_NOOP("Import", "Speaker (agent / customer / system)")},
        {"start_s", QT_TRANSLATE_NOOP("Import", "Start (s from the beginning)")},
        {"end_s", QT_TRANSLATE_NOOP("Import", "End (s from the beginning)")},
        {"text", QT_TRANSLATE_NOOP("Import", "Words spoken or written")},
        {"respondent_id", QT_TRANSLATE_NOOP("Import", "Respondent ID")},
        {"responded_at", QT_TRANSLATE_NOOP("Import", "Answered at")},
        {"imp_tangibles", QT_TRANSLATE_NOOP("Import", "Importance: tangibles")},
        {"imp_reliability", QT_TRANSLATE_NOOP("Import", "Importance: reliability")},
        {"imp_responsiveness", QT_TRANSLATE_NOOP("Import", "Importance: responsiveness")},
        {"imp_assurance", QT_TRANSLATE_NOOP("Import", "Importance: assurance")},
        {"imp_empathy", QT_TRANSLATE_NOOP("Import", "Importance: empathy")},
    };
    for (const auto &[k, text] : Labels) {
        if (key == QLatin1String(k))
            return QCoreApplication::translate("Import", text);
    }
    // e1…e22, p1…p22
    if (key.size() >= 2 && (key.front() == QLatin1Char('e') || key.front() == QLatin1Char('p')))
        return (key.front() == QLatin1Char('e') ? QCoreApplication::translate("Import", "Expectation, item %1")
                                                : QCoreApplication::translate("Import", "Perception, item %1"))
            .arg(key.mid(1));
    return key;
}

namespace {

ImportField field(const char *key, std::initializer_list<const char *> aliases, bool required)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    for (const char *alias : aliases)
        f.aliases << QString::fromUtf8(alias);
    f.required = required;
    return f;
}

} // namespace

const QVector<ImportField> &importFields(ImportKind kind)
{
    static const QVector<ImportField> sites = {
        field("code", {"site_code", "store_code", "门店编码", "站点编码", "编码"}, true),
        field("name", {"site_name", "store_name", "门店名称", "名称"}, true),
        field("kind", {"type", "类型"}, true),
        field("region", {"区域", "大区"}, false),
        field("parent_code", {"parent", "上级编码"}, false),
    };
    static const QVector<ImportField> staff = {
        field("code", {"staff_code", "agent_code", "employee_code", "工号", "员工编号"}, true),
        field("name", {"staff_name", "agent_name", "姓名"}, true),
        field("site_code", {"site", "store_code", "门店编码", "站点编码"}, true),
        field("role", {"岗位", "角色"}, false),
        field("active", {"在职"}, false),
    };
    static const QVector<ImportField> interactions = {
        field("source", {"system", "来源"}, false),
        field("external_id", {"id", "interaction_id", "call_id", "ticket_id", "编号", "工单号"}, true),
        field("channel", {"渠道"}, true),
        field("site_code", {"site", "store_code", "门店编码", "站点编码"}, true),
        field("staff_code", {"agent_code", "agent", "工号"}, false),
        field("customer_ref", {"customer", "客户"}, false),
        field("started_at", {"start_time", "start", "开始时间", "时间"}, true),
        field("duration_s", {"duration", "时长", "时长(秒)"}, false),
        field("first_response_s", {"first_response", "首次响应", "首次响应(秒)"}, false),
        field("resolved", {"fcr", "是否解决"}, false),
        field("recording_path", {"recording", "录音"}, false),
        field("transcript", {"text", "文本", "对话记录"}, false),
        // Last, so that column mappings saved before it was added still fit.
        field("hold_s", {"hold", "hold_time", "保持时长", "等待时长", "保持时长(秒)"}, false),
        field("resolution_s", {"resolution", "resolution_time", "解决时长", "解决时长(秒)"}, false),
    };
    // Wide format: one row per respondent, E1…E22 and P1…P22 (docs/formats.md).
    static const QVector<ImportField> survey = [] {
        QVector<ImportField> list = {
            field("respondent_id", {"respondent", "id", "受访者编号", "问卷编号"}, true),
            field("site_code", {"site", "store_code", "门店编码", "站点编码"}, true),
            field("responded_at", {"date", "answered_at", "日期", "时间", "填写时间"}, true),
        };
        for (const char prefix : {'e', 'p'}) {
            for (int i = 1; i <= 22; ++i) {
                ImportField f;
                f.key = QStringLiteral("%1%2").arg(QLatin1Char(prefix)).arg(i);
                f.aliases << QStringLiteral("%1_%2").arg(QLatin1Char(prefix)).arg(i)
                          << (prefix == 'e' ? QStringLiteral("期望%1") : QStringLiteral("感知%1")).arg(i);
                list << f;
            }
        }
        list << field("imp_tangibles", {"有形性权重"}, false) << field("imp_reliability", {"可靠性权重"}, false)
             << field("imp_responsiveness", {"响应性权重"}, false) << field("imp_assurance", {"保证性权重"}, false)
             << field("imp_empathy", {"移情性权重"}, false);
        return list;
    }();
    // One row per response (docs/formats.md); field order as in FeedbackField.
    static const QVector<ImportField> feedback = {
        field("response_id", {"id", "feedback_id", "回访编号", "评价编号"}, true),
        field("source", {"system", "来源"}, false),
        field("interaction_id", {"interaction", "call_id", "ticket_id", "工单号", "交互编号"}, false),
        field("interaction_source", {"交互来源"}, false),
        field("site_code", {"site", "store_code", "门店编码", "站点编码"}, false),
        field("channel", {"渠道"}, false),
        field("responded_at", {"date", "answered_at", "时间", "评价时间", "填写时间"}, true),
        field("csat", {"satisfaction", "满意度"}, false),
        field("nps", {"recommend", "likely_to_recommend", "推荐意愿", "净推荐"}, false),
        field("ces", {"effort", "客户费力度", "费力度"}, false),
        field("comment", {"comments", "备注", "评论", "意见"}, false),
    };
    // One row per complaint (docs/formats.md); field order as in ComplaintField.
    static const QVector<ImportField> complaints = {
        field("complaint_id", {"reference", "complaint", "投诉单号", "投诉编号"}, true),
        field("received_at", {"received", "date", "受理时间", "投诉时间"}, true),
        field("site_code", {"site", "store_code", "门店编码", "站点编码"}, false),
        field("channel", {"渠道", "投诉渠道"}, false),
        field("customer_ref", {"customer", "客户", "客户编号"}, false),
        field("interaction_id", {"interaction", "call_id", "ticket_id", "工单号", "交互编号"}, false),
        field("interaction_source", {"交互来源"}, false),
        field("category", {"类别", "投诉类别"}, false),
        field("severity", {"level", "级别", "严重程度"}, false),
        field("description", {"details", "text", "描述", "投诉内容"}, true),
    };
    // One row per turn of a conversation (docs/formats.md, "Timed transcripts"); field order as in
    // TranscriptField.
    static const QVector<ImportField> transcripts = {
        field("interaction_id", {"interaction", "external_id", "call_id", "ticket_id", "工单号", "交互编号"}, true),
        field("interaction_source", {"source", "交互来源", "来源"}, false),
        field("speaker", {"role", "speaker_role", "说话人", "角色"}, false),
        field("start_s", {"start", "start_time", "offset", "begin", "开始", "开始(秒)", "开始时间"}, false),
        field("end_s", {"end", "end_time", "结束", "结束(秒)", "结束时间"}, false),
        field("text", {"content", "utterance", "message", "内容", "文本", "话术"}, true),
    };
    switch (kind) {
    case ImportKind::Transcripts: return transcripts;
    case ImportKind::Complaints: return complaints;
    case ImportKind::Sites: return sites;
    case ImportKind::Staff: return staff;
    case ImportKind::Interactions: return interactions;
    case ImportKind::Survey: return survey;
    case ImportKind::Feedback: return feedback;
    }
    return sites;
}

QVector<int> autoMapColumns(ImportKind kind, const QStringList &header)
{
    QStringList normalised;
    for (const QString &h : header)
        normalised << h.trimmed().toLower();
    QVector<int> mapping;
    for (const ImportField &f : importFields(kind)) {
        int column = normalised.indexOf(f.key);
        for (int a = 0; column < 0 && a < f.aliases.size(); ++a)
            column = normalised.indexOf(f.aliases[a].toLower());
        mapping << column;
    }
    return mapping;
}

} // namespace servqa
