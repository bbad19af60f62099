// The demo's conversations, in Chinese or English, shaped by what the evaluation says happened.
#include "democonversations.h"

#include "transcript.h"

#include <QStringList>
#include <QVector>

#include <cmath>

namespace servqa::demo {

namespace {

constexpr double Disagreement = 0.06;

struct Topic
{
    bool account; // the agent talks about the customer's order or account
    const char *customerZh, *customerEn;
    const char *answerZh, *answerEn;
};

// The cold-chain topic's words are what the scale benchmark searches for (冷链商品).
const Topic Topics[] = {
    {true, "你好，我的订单三天了还没发货。", "Hi, my order hasn't shipped after three days.",
     "查到您的订单了，已为您加急，今天下午发出，单号稍后短信通知。", "I found your order; I've expedited it and it ships this afternoon."},
    {true, "同一笔订单扣了我两次钱。", "I was charged twice for the same order.",
     "您的账单里确实有一笔重复扣款，已为您退回，3到5个工作日到账。", "Your bill shows a duplicate charge; I've refunded it, it will show in 3–5 working days."},
    {true, "我的会员积分好像少了五百分。", "About 500 of my loyalty points are missing.",
     "您的积分上月二十号兑换了购物券，是在静安店兑换的。", "Your points were redeemed for a voucher on the 20th at the Jing'an store."},
    {true, "收到的冷链商品已经化了。", "The chilled goods I received had thawed.",
     "非常抱歉！您的订单已安排补发，明早送达。", "I'm so sorry! I've arranged a replacement for your order, arriving tomorrow morning."},
    {true, "我想改一下冰箱的送货地址。", "I'd like to change the delivery address for my fridge.",
     "您的订单地址已改好，周六上午照常送达。", "Your order's address is changed; delivery stays on Saturday morning."},
    {false, "请问南京西路店几点关门？", "What time does the Nanjing Road store close?",
     "南京西路店每天营业到晚上十点。", "The Nanjing Road store is open until 10 pm every day."},
    {false, "那款电饭煲什么时候到货？", "When will the rice cooker be back in stock?",
     "预计下周二到货，到货后短信通知您。", "It is expected next Tuesday; we'll text you when it arrives."},
};
constexpr int AccountTopics = 5;
constexpr int Topics_ = int(sizeof(Topics) / sizeof(Topics[0]));

struct Line
{
    Speaker speaker;
    QString text;
    double pauseBefore = 0; // seconds of silence before it (timed transcripts)
};

bool yes(const Answers &answers, const char *key, bool fallback)
{
    const auto it = answers.constFind(QString::fromLatin1(key));
    if (it == answers.constEnd() || it->notApplicable || !it->value)
        return fallback;
    return *it->value >= 1.0;
}

// Seconds a turn takes to say: Chinese about 4.5 characters a second, English 2.5 words.
double speakingTime(const QString &text, bool chinese)
{
    const double seconds = chinese ? text.size() / 4.5 : text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() / 2.5;
    return std::max(1.0, std::round(seconds));
}

} // namespace

ConversationTraits traitsFromAnswers(const Answers &answers, Channel channel, Random &random)
{
    ConversationTraits t;
    t.greeting = yes(answers, "greeting", true);
    if (random.chance(Disagreement)) {
        if (t.greeting)
            t.greetingOutsideRule = true;
        else
            t.greetingWithoutName = true;
    }
    const auto verify = answers.constFind(QStringLiteral("verify"));
    if (verify != answers.constEnd() && verify->notApplicable)
        t.verify = ConversationTraits::Verify::NoAccount;
    else
        t.verify = yes(answers, "verify", true) ? ConversationTraits::Verify::Verified : ConversationTraits::Verify::Unverified;
    if (t.verify != ConversationTraits::Verify::NoAccount && random.chance(Disagreement))
        t.verify = t.verify == ConversationTraits::Verify::Verified ? ConversationTraits::Verify::Unverified
                                                                    : ConversationTraits::Verify::Verified;
    t.rude = !yes(answers, "no_rudeness", true);
    if (random.chance(Disagreement)) {
        if (t.rude)
            t.rudeOutsideRule = true;
        else
            t.innocentForbiddenWord = true;
    }
    t.disclosure = channel == Channel::Call && yes(answers, "disclosure", true);
    if (t.disclosure && random.chance(Disagreement))
        t.disclosureOutsideRule = true;
    t.escalation = random.chance(t.rude ? 0.5 : 0.04);
    t.closing = yes(answers, "summary", true) || random.chance(0.5);
    const auto listening = answers.constFind(QStringLiteral("listening"));
    if (channel == Channel::Call && listening != answers.constEnd() && listening->value && *listening->value <= 2)
        t.interruptions = 2;
    return t;
}

ConversationTraits randomTraits(Channel channel, Random &random)
{
    ConversationTraits t;
    t.greeting = !random.chance(0.10);
    t.disclosure = channel == Channel::Call && !random.chance(0.08);
    t.verify = random.chance(0.3)    ? ConversationTraits::Verify::NoAccount
               : random.chance(0.12) ? ConversationTraits::Verify::Unverified
                                     : ConversationTraits::Verify::Verified;
    t.rude = random.chance(0.05);
    t.escalation = random.chance(t.rude ? 0.5 : 0.04);
    t.closing = !random.chance(0.15);
    t.interruptions = channel == Channel::Call && random.chance(0.05) ? 2 : 0;
    return t;
}

QString conversation(Channel channel, const ConversationTraits &t, std::optional<int> firstResponseSeconds,
                     std::optional<int> holdSeconds, Random &random)
{
    const bool zh = random.chance(0.75);
    const bool call = channel == Channel::Call, chat = channel == Channel::Chat;
    auto say = [zh](const char *chinese, const char *english) { return QString::fromUtf8(zh ? chinese : english); };
    const Topic &topic = t.verify == ConversationTraits::Verify::NoAccount ? Topics[AccountTopics + random.below(Topics_ - AccountTopics)]
                                                                           : Topics[random.below(AccountTopics)];
    const QString name = zh ? random.pick(QStringList{QStringLiteral("工号一零二三"), QStringLiteral("小李"), QStringLiteral("王磊")})
                            : random.pick(QStringList{QStringLiteral("Li Na"), QStringLiteral("Wang Lei"), QStringLiteral("Grace")});

    QString opening;
    if (t.greetingOutsideRule)
        opening = say("早上好，客服中心%1为您服务。", "Morning, customer service, %1 speaking.").arg(name);
    else if (t.greetingWithoutName)
        opening = say("您好。", "Hello.");
    else if (!t.greeting)
        opening = say("说吧，什么事？", "Yeah, what is it?");
    else if (call)
        opening = say("您好，欢迎致电客服中心，我是%1。", "Hello, thank you for calling customer service, this is %1.").arg(name);
    else if (chat)
        opening = say("您好，欢迎咨询，我是客服%1。", "Hello, thanks for contacting us, this is %1.").arg(name);
    else
        opening = say("您好，感谢您的来信。", "Hello, thank you for your email.");
    if (call && t.disclosure)
        opening += (zh ? QString() : QStringLiteral(" "))
                   + (t.disclosureOutsideRule ? say("本次通话内容会被保存用于质量检查。", "This call may be monitored for quality.")
                                              : say("本次通话将被录音。", "This call is recorded."));

    QVector<Line> lines;
    const QString problem = QString::fromUtf8(zh ? topic.customerZh : topic.customerEn);
    if (call) {
        lines.append({Speaker::Agent, opening});
        lines.append({Speaker::Customer, problem});
    } else {
        lines.append({Speaker::Customer, problem});
        lines.append({Speaker::Agent, opening});
    }
    if (t.escalation)
        lines.append({Speaker::Customer, say("这已经是第二次了，我要投诉你们，再这样我就打12315！", "This is the second time. I want to make a complaint.")});
    if (t.rude)
        lines.append({Speaker::Agent, t.rudeOutsideRule ? say("你烦不烦啊，听不懂吗？", "Are you even listening to me?")
                                                        : random.chance(0.5) ? say("这个我不知道，你自己看App吧。", "I don't know, that's not my problem.")
                                                                             : say("没办法，这不归我管。", "There's nothing I can do about it.")});
    if (t.innocentForbiddenWord)
        lines.append({Speaker::Agent, say("您不知道单号也没关系，我来帮您查。", "Don't worry, I don't know the number offhand either; I'll look it up.")});
    if (t.verify == ConversationTraits::Verify::Verified) {
        lines.append({Speaker::Agent, say("为了核实身份，请提供一下下单手机号后四位。", "To verify your identity, may I have the last four digits of your phone?")});
        lines.append({Speaker::Customer, say("5508。", "5 5 0 8.")});
    }
    const double hold = call && holdSeconds && *holdSeconds > 30 ? *holdSeconds : 0;
    const QString answer = QString::fromUtf8(zh ? topic.answerZh : topic.answerEn);
    lines.append({Speaker::Agent, hold > 0 ? say("让您久等了。", "Thanks for holding. ") + answer : answer, hold});
    lines.append({Speaker::Customer, say("好的，谢谢。", "OK, thanks.")});
    lines.append({Speaker::Agent, t.closing ? (call ? say("还有什么可以帮您？感谢您的来电，再见。", "Is there anything else I can help with? Thank you for calling, goodbye.")
                                                    : say("还有其他问题吗？感谢您的咨询。", "Anything else I can help with? Thank you for contacting us."))
                                            : say("好了。", "OK, done.")});

    QVector<Turn> turns;
    double at = 0;
    int interruptions = t.interruptions;
    for (int k = 0; k < lines.size(); ++k) {
        const Line &line = lines.at(k);
        Turn turn;
        turn.speaker = line.speaker;
        turn.text = line.text;
        if (call) {
            if (k > 0) {
                const Turn &before = turns.last();
                double gap = 0.4 + random.below(12) / 10.0 + line.pauseBefore;
                // The agent cuts in before the customer has finished.
                if (interruptions > 0 && line.speaker == Speaker::Agent && before.speaker == Speaker::Customer && line.pauseBefore == 0) {
                    gap = -(1 + random.below(2));
                    --interruptions;
                }
                at = *before.end + gap;
            }
            turn.at = std::round(at);
            turn.end = *turn.at + speakingTime(line.text, zh);
        } else if (chat) {
            if (k == 1)
                at = firstResponseSeconds.value_or(10);
            else if (k > 1)
                at += 5 + random.below(25);
            turn.at = at;
        }
        turns.append(turn);
    }
    return formatTranscript(turns, zh ? SpeakerWords::defaults()
                                      : SpeakerWords{{QStringLiteral("Agent")}, {QStringLiteral("Customer")}, {QStringLiteral("System")}});
}

} // namespace servqa::demo
