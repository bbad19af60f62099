#include "demonames.h"

#include <cmath>

namespace servqa::demo {

double Random::normal()
{
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

const QVector<DemoRegion> &regions()
{
    static const QVector<DemoRegion> list = {
        {QStringLiteral("华东 East"), {QStringLiteral("上海"), QStringLiteral("杭州"), QStringLiteral("南京"), QStringLiteral("苏州")}},
        {QStringLiteral("华北 North"), {QStringLiteral("北京"), QStringLiteral("天津"), QStringLiteral("济南"), QStringLiteral("青岛")}},
        {QStringLiteral("华南 South"), {QStringLiteral("广州"), QStringLiteral("深圳"), QStringLiteral("厦门"), QStringLiteral("Hong Kong")}},
        {QStringLiteral("西南 Southwest"), {QStringLiteral("成都"), QStringLiteral("重庆"), QStringLiteral("昆明"), QStringLiteral("贵阳")}},
    };
    return list;
}

QString personName(Random &random)
{
    static const QStringList surnames = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
        QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
        QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭")};
    static const QStringList given = {
        QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
        QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
        QStringLiteral("洋"), QStringLiteral("艳"), QStringLiteral("勇"), QStringLiteral("军"),
        QStringLiteral("杰"), QStringLiteral("娟"), QStringLiteral("涛"), QStringLiteral("明"),
        QStringLiteral("超"), QStringLiteral("秀英"), QStringLiteral("霞"), QStringLiteral("平"),
        QStringLiteral("晓东"), QStringLiteral("佳怡"), QStringLiteral("子涵"), QStringLiteral("浩然")};
    static const QStringList englishGiven = {
        QStringLiteral("Emily"), QStringLiteral("Jason"), QStringLiteral("Grace"), QStringLiteral("Kevin"),
        QStringLiteral("Sophie"), QStringLiteral("Daniel"), QStringLiteral("Vivian"), QStringLiteral("Eric")};
    static const QStringList englishSurnames = {
        QStringLiteral("Chen"), QStringLiteral("Wong"), QStringLiteral("Lee"), QStringLiteral("Lam"),
        QStringLiteral("Smith"), QStringLiteral("Tan"), QStringLiteral("Ho"), QStringLiteral("Ng")};
    if (random.chance(0.15))
        return random.pick(englishGiven) + QLatin1Char(' ') + random.pick(englishSurnames);
    return random.pick(surnames) + random.pick(given);
}

QStringList chatTranscripts()
{
    return {
        QStringLiteral("客户：你好，我的订单三天了还没发货。\n坐席：您好，很抱歉让您久等，我马上帮您查询。\n"
                       "坐席：已为您加急，今天下午发出，单号稍后短信通知。\n客户：好的，谢谢。"),
        QStringLiteral("Customer: Hi, I was charged twice for the same order.\nAgent: I'm sorry about that. "
                       "Let me check the payment records.\nAgent: I can see the duplicate charge and have "
                       "refunded it; it will show in 3–5 working days.\nCustomer: Great, thanks."),
        QStringLiteral("客户：请问会员积分怎么兑换？\n坐席：您可以在App“我的-积分”里兑换，也可以到门店收银台办理。\n"
                       "客户：明白了。"),
        QStringLiteral("Customer: The store said the item is out of stock. When will it be back?\n"
                       "Agent: Let me check… it is expected next Tuesday. Shall I reserve one for you?\n"
                       "Customer: Yes please."),
        QStringLiteral("客户：收到的冷链商品已经化了。\n坐席：非常抱歉！请拍照上传，我们30分钟内为您安排退款或补发。\n"
                       "客户：已上传。\n坐席：已为您补发，明早送达。"),
    };
}

QStringList callTranscripts()
{
    return {
        QStringLiteral("坐席：您好，欢迎致电客服中心，我是工号一零二三的客服，本次通话将被录音。请问有什么可以帮您？\n"
                       "客户：你好，我上周买的电饭煲用了两次就不加热了。\n"
                       "坐席：非常抱歉给您带来不便。为了查询订单，请您提供一下下单时的手机号码。\n"
                       "客户：一三八，一二三四，五六七八。\n"
                       "坐席：已经查到了，这台在保修期内。我为您安排上门取件，明天上午送到最近的门店检测，三天内给您答复。\n"
                       "客户：好的，谢谢你。\n"
                       "坐席：不客气，还有其他可以帮您的吗？感谢您的来电，再见。"),
        QStringLiteral("Agent: Thank you for calling customer service, this is Li Na speaking. This call is recorded. How can I help?\n"
                       "Customer: Hi, my parcel says delivered but I never got it.\n"
                       "Agent: I'm sorry to hear that. Could you confirm your order number and postcode, please?\n"
                       "Customer: It's 7 7 4 1 0 2, postcode 2 0 0 0 3 1.\n"
                       "Agent: Thank you. The courier left it at the parcel locker by your building. I'll text you the pick-up code now.\n"
                       "Customer: Oh, I didn't know. Thanks.\n"
                       "Agent: You're welcome. Is there anything else I can do for you today? Goodbye."),
        QStringLiteral("坐席：您好，客服中心，请讲。\n"
                       "客户：我要投诉，你们门店的店员态度太差了！\n"
                       "坐席：请您稍等，我转一下。\n"
                       "客户：又要等？我已经等了很久了。\n"
                       "坐席：请问您是哪家门店？\n"
                       "客户：南京西路店，昨天下午。\n"
                       "坐席：好的，我记下了，会有人联系您的。"),
        QStringLiteral("Agent: Good morning, customer service, this is Wang Lei. This call is recorded for quality.\n"
                       "Customer: Hello, I'd like to change the delivery address for my fridge.\n"
                       "Agent: Of course. Before I change anything, may I have your full name and the last four digits of your phone?\n"
                       "Customer: Zhang Min, 5 5 0 8.\n"
                       "Agent: Thank you, Ms Zhang. What is the new address?\n"
                       "Customer: 18 Hengshan Road, flat 602.\n"
                       "Agent: Done. Delivery stays on Saturday between 9 and 12. You'll get a text confirming it.\n"
                       "Customer: Perfect, thank you.\n"
                       "Agent: My pleasure. Have a good day."),
        QStringLiteral("坐席：您好，欢迎致电，本次通话将被录音，请问有什么可以帮您？\n"
                       "客户：我的会员卡积分好像少了五百分。\n"
                       "坐席：我理解您的担心。请提供一下会员卡号，我帮您核实。\n"
                       "客户：卡号是八八零二，三一五六。\n"
                       "坐席：查到了，上月二十号有一笔积分兑换了购物券，是在静安店兑换的。\n"
                       "客户：哦，那是我爱人兑的，我忘了。\n"
                       "坐席：没关系，您还有别的问题吗？感谢您的耐心，祝您生活愉快。"),
    };
}

QStringList customerRefPrefixes()
{
    return {QStringLiteral("CUST"), QStringLiteral("VIP"), QStringLiteral("M")};
}

} // namespace servqa::demo
