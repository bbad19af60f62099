<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ui/actiondialogs.cpp" line="+54"/>
        <source>two-proportion z test</source>
        <translation>两比例 z 检验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fisher&apos;s exact test</source>
        <translation>Fisher 精确检验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welch&apos;s t test</source>
        <translation>Welch t 检验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z test of two scores</source>
        <translation>两得分 z 检验</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>No measure chosen yet.</source>
        <translation>尚未选择衡量指标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure rate of %1</source>
        <translation>%1的不合格率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every form</source>
        <translation>全部表单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 score, %2</source>
        <translation>%1得分，%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall score, %1</source>
        <translation>总分，%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: %2 against %3.</source>
        <translation>%1：%2 对比 %3。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 to %2</source>
        <comment>a span of days</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Too few cases to test: %1 before, %2 after.</source>
        <translation>样本太少，无法检验：措施前 %1，措施后 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 (n %3 and %4), %5, %6</source>
        <translation>%1 → %2（n = %3 和 %4），%5，%6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every site</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../core/actionmeasures.cpp" line="+120"/>
        <source>The action has no measure to verify it on.</source>
        <translation>该措施没有可用于验证的衡量指标。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../core/actions.cpp" line="+216"/>
        <source>%1 is a mean without its spread kept: choose a share or the NPS to verify the action on.</source>
        <translation>%1 是均值，未保存其离散程度：请选择比例类指标或 NPS 来验证措施。</translation>
    </message>
    <message>
        <location filename="../core/actions.cpp" line="-24"/>
        <source>Action %1 is %2&apos;s; only they, a QA lead or an administrator change it (%3 works as: %4).</source>
        <translation>措施 %1 的负责人是 %2；只有负责人、质检主管或管理员可以修改（%3 当前身份：%4）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the action a title: what will be done.</source>
        <translation>请填写措施标题：要做什么。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An action&apos;s title is 200 characters at most; the details hold the rest.</source>
        <translation>措施标题最多 200 个字符；其余内容请写在详情中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the action a due date.</source>
        <translation>请填写措施的完成期限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who owns the action.</source>
        <translation>请选择措施负责人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot own an action (works as: %2).</source>
        <translation>%1 不能负责措施（当前身份：%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the item whose failure rate the action is meant to lower.</source>
        <translation>请选择该措施要降低其不合格率的条目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period before the action needs a first and a last day, in that order.</source>
        <translation>措施前期间需要起止日期，且开始不晚于结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after the action needs a first and a last day, in that order.</source>
        <translation>措施后期间需要起止日期，且开始不晚于结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after the action must start after the period before it ends (%1).</source>
        <translation>措施后期间必须在措施前期间结束（%1）之后开始。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A mystery shopper does not raise actions; %1 is one.</source>
        <translation>神秘顾客不能发起措施；%1 是神秘顾客。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Action %1 is not in this workspace.</source>
        <translation>此工作区中没有措施 %1。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Action %1 was changed by %2 at %3 (%4) since you opened it; look at it again before you change it.</source>
        <translation>自您打开后，措施 %1 已被 %2 于 %3 修改（%4）；请重新查看后再修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Action %1 was changed since you opened it; look at it again before you change it.</source>
        <translation>自您打开后，措施 %1 已被修改；请重新查看后再修改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action %1 is verified; reopen it to change it.</source>
        <translation>措施 %1 已验证；如需修改请先重新打开。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measure: %1</source>
        <translation>衡量指标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The 5 whys are five at most.</source>
        <translation>5 个为什么最多五条。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write at least one why or one cause.</source>
        <translation>请至少填写一个“为什么”或一个原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is %2: its root cause is settled; reopen it to change it.</source>
        <translation>措施 %1 状态为%2：根本原因已确定；如需修改请先重新打开。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why %1: %2</source>
        <translation>为什么 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 (root cause)</source>
        <translation>%1：%2（根本原因）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>Action %1 is %2 already.</source>
        <translation>措施 %1 已是%2。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A mystery shopper does not write on actions; %1 is one.</source>
        <translation>神秘顾客不能在措施上添加备注；%1 是神秘顾客。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say what was done.</source>
        <translation>请说明做了什么。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the measure action %1 is meant to move, and the periods before and after, before it is done: it is verified on them.</source>
        <translation>完成前请为措施 %1 选择要改善的衡量指标以及措施前、后期间：验证将基于它们进行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A QA lead or an administrator verifies actions; %1 works as: %2.</source>
        <translation>措施由质检主管或管理员验证；%1 当前身份：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action %1 is %2: only a done action is verified.</source>
        <translation>措施 %1 状态为%2：只能验证已完成的措施。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after action %1 runs to %2: verify it when that day is over.</source>
        <translation>措施 %1 的措施后期间截至 %2：请在该日结束后再验证。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are too few cases to test (%1 before, %2 after): choose longer periods.</source>
        <translation>样本太少，无法检验（措施前 %1，措施后 %2）：请选择更长的期间。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 before (n = %3), %4 after (n = %5), %6</source>
        <translation>%1：措施前 %2（n = %3），措施后 %4（n = %5），%6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the action is reopened.</source>
        <translation>请说明重新打开措施的原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is open already.</source>
        <translation>措施 %1 已处于打开状态。</translation>
    </message>
    <message>
        <location filename="../core/actionterms.cpp" line="+39"/>
        <source>Corrective</source>
        <translation>纠正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preventive</source>
        <translation>预防</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, to verify</source>
        <translation>已完成，待验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Verified effective</source>
        <translation>验证有效</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Not effective</source>
        <translation>验证无效</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By hand</source>
        <translation>手工发起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed item</source>
        <translation>不合格条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store visit</source>
        <translation>门店暗访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>People (人)</source>
        <translation>人（人员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment (机)</source>
        <translation>机（设备）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials (料)</source>
        <translation>料（物料）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods (法)</source>
        <translation>法（方法）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment (环)</source>
        <translation>环（环境）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement (测)</source>
        <translation>测（测量）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raised</source>
        <translation>发起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified not effective</source>
        <translation>验证无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item&apos;s failure rate</source>
        <translation>条目不合格率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation score</source>
        <translation>评估得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service indicator</source>
        <translation>服务指标</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/agreement.cpp" line="+55"/>
        <source>Unit %1, rater %2: %3 is not one of the categories %4.</source>
        <translation>单元 %1，评分人 %2：%3 不在类别 %4 之中。</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+41"/>
        <location line="+420"/>
        <source>No unit was rated by two raters or more.</source>
        <translation>没有任何单元由两名或以上评分人评分。</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Every rating is the same value: there is no variation to agree on.</source>
        <translation>所有评分都是同一个值：没有可供比较一致性的差异。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no units to compare.</source>
        <translation>没有可比较的单元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit %1 has %2 counts where there are %3 categories.</source>
        <translation>单元 %1 有 %2 个计数，而类别有 %3 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit %1 has a negative count.</source>
        <translation>单元 %1 有负数计数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit %1 was rated %2 times and unit 1 %3 times: Fleiss&apos; kappa needs the same number of ratings for every unit.</source>
        <translation>单元 %1 被评 %2 次，单元 1 被评 %3 次：Fleiss&apos; kappa 要求每个单元的评分次数相同。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each unit needs at least two ratings.</source>
        <translation>每个单元至少需要两次评分。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No rater chose this category.</source>
        <translation>没有评分人选择此类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every rater always chose this category.</source>
        <translation>所有评分人总是选择此类别。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every rating is the same category: agreement cannot be told from chance.</source>
        <translation>所有评分都是同一类别：无法区分一致与偶然。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Target %1 has %2 raters&apos; columns and target 1 has %3.</source>
        <translation>对象 %1 有 %2 列评分人，而对象 1 有 %3 列。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Intraclass correlations need at least two targets rated by all of at least two raters; there are %1 complete targets and %2 raters.</source>
        <translation>组内相关系数至少需要两个由至少两名评分人全部评过的对象；现有 %1 个完整对象、%2 名评分人。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The ratings do not vary: there is nothing to correlate.</source>
        <translation>评分没有差异：无从计算相关。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>An item has the same answer from every respondent: it correlates with nothing.</source>
        <translation>有一个题目所有受访者的回答都相同：它与任何题目都不相关。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The items&apos; correlations cancel out.</source>
        <translation>各题目之间的相关相互抵消。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unit %1 has %2 raters: Cohen&apos;s kappa compares two; use Fleiss&apos; kappa, Krippendorff&apos;s alpha or Gwet&apos;s AC1 for more.</source>
        <translation>单元 %1 有 %2 名评分人：Cohen&apos;s kappa 只比较两人；更多评分人请用 Fleiss&apos; kappa、Krippendorff&apos;s alpha 或 Gwet&apos;s AC1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No unit was rated by both raters.</source>
        <translation>没有任何单元由两名评分人都评过。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Both raters always gave one and the same answer: agreement by chance is complete, and kappa is not defined.</source>
        <translation>两名评分人始终给出同一个答案：偶然一致已是完全一致，kappa 无定义。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The scale has one category only: there is nothing to disagree on.</source>
        <translation>量表只有一个类别：不存在可分歧之处。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement by chance is complete on this scale: the coefficient is not defined.</source>
        <translation>在此量表上偶然一致已是完全一致：该系数无定义。</translation>
    </message>
</context>
<context>
    <name>AgreementCli</name>
    <message>
        <location filename="../core/agreementcli.cpp" line="+464"/>
        <source>%1: the file is empty; the first line names the raters.</source>
        <translation>%1：文件为空；第一行应为评分人名称。</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>%1, line %2, column %3 (%4): &quot;%5&quot; is not a number; this measure needs numbers.</source>
        <translation>%1，第 %2 行第 %3 列（%4）：“%5”不是数字；此统计量需要数字。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1, line %2, column %3 (%4): &quot;%5&quot; is not a count of raters (0, 1, 2, …).</source>
        <translation>%1，第 %2 行第 %3 列（%4）：“%5”不是评分人数（0、1、2……）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+106"/>
        <source>%1, line %2: %3 ratings where the first unit has %4; Fleiss&apos; kappa needs the same number of raters for every unit.</source>
        <translation>%1，第 %2 行：有 %3 个评分，而第一个单元有 %4 个；Fleiss&apos; kappa 要求每个单元的评分人数相同。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1, line 1: Cronbach&apos;s alpha needs at least two item columns.</source>
        <translation>%1，第 1 行：Cronbach&apos;s alpha 至少需要两列题目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line 1: there must be at least two rater columns.</source>
        <translation>%1，第 1 行：至少需要两列评分人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line 1: Cohen&apos;s kappa compares two raters; the file has %2.</source>
        <translation>%1，第 1 行：Cohen&apos;s kappa 比较两名评分人；该文件有 %2 名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--categories: &quot;%1&quot; is not a number.</source>
        <translation>--categories：“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2, column %3 (%4): &quot;%5&quot; is not one of --categories %6.</source>
        <translation>%1，第 %2 行第 %3 列（%4）：“%5”不在 --categories %6 之中。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>percent, cohen, fleiss, krippendorff, gwet, icc or cronbach.</source>
        <translation>percent、cohen、fleiss、krippendorff、gwet、icc 或 cronbach。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s kappa and Gwet&apos;s AC: none (default), linear or quadratic.</source>
        <translation>Cohen&apos;s kappa 与 Gwet&apos;s AC：none（默认）、linear 或 quadratic。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s alpha: nominal (default), ordinal, interval or ratio.</source>
        <translation>Krippendorff&apos;s alpha：nominal（默认）、ordinal、interval 或 ratio。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole scale, e.g. 1,2,3,4,5,6,7; every value must be on it.</source>
        <translation>完整量表，例如 1,2,3,4,5,6,7；每个值都必须在其中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss: each column is a category and each cell the number of raters who chose it.</source>
        <translation>Fleiss：每列为一个类别，每格为选择该类别的评分人数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first column names the unit and is not a rater.</source>
        <translation>第一列为单元名称，不是评分人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace file or server address (with --session).</source>
        <translation>工作区文件或服务器地址（与 --session 一起使用）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calibration session&apos;s statistics and inspectors.</source>
        <translation>某次校准会的一致性统计与各质检员的偏差。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: a header row, then one row per unit and one column per rater.</source>
        <translation>CSV 文件：一行表头，之后每个单元一行、每名评分人一列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>agreement --db WORKSPACE --session ID takes no file.</source>
        <translation>agreement --db 工作区 --session 编号 不接受文件参数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>agreement needs --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach and one CSV file.</source>
        <translation>agreement 命令需要 --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach 和一个 CSV 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--weights &quot;%1&quot;: use none, linear or quadratic.</source>
        <translation>--weights “%1”：请用 none、linear 或 quadratic。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--weights goes with --measure cohen or gwet.</source>
        <translation>--weights 只用于 --measure cohen 或 gwet。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--level &quot;%1&quot;: use nominal, ordinal, interval or ratio.</source>
        <translation>--level “%1”：请用 nominal、ordinal、interval 或 ratio。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--level goes with --measure krippendorff.</source>
        <translation>--level 只用于 --measure krippendorff。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--categories goes with --measure cohen or gwet.</source>
        <translation>--categories 只用于 --measure cohen 或 gwet。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--counts goes with --measure fleiss.</source>
        <translation>--counts 只用于 --measure fleiss。</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../core/alerts.cpp" line="+194"/>
        <source>Only a QA lead or an administrator sets a control chart&apos;s baseline; %1 is not one.</source>
        <translation>只有质检主管或管理员可以设定控制图的基线；%1 不是。</translation>
    </message>
    <message>
        <location line="+411"/>
        <source>Say what was found or done: an alert is acknowledged with a note.</source>
        <translation>请说明发现了什么或采取了什么措施：确认预警时须填写备注。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This alert was acknowledged already; its note stays as it was.</source>
        <translation>该预警已被确认，其备注保持不变。</translation>
    </message>
    <message>
        <location filename="../core/alertcases.cpp" line="+101"/>
        <source>CSAT %1 of %2</source>
        <translation>满意度 %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS %1</source>
        <translation>推荐意愿 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CES %1</source>
        <translation>费力度 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evaluation %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · passed · %2</source>
        <translation>%1 · 合格 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · not passed · %2</source>
        <translation>%1 · 不合格 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist score %1</source>
        <translation>检查表得分 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · first response %2 s (within %3 s)</source>
        <translation>%1 · 首次响应 %2 秒（时限 %3 秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · resolved in %2 h (within %3 h)</source>
        <translation>%1 · %2 小时解决（时限 %3 小时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · resolved at first contact</source>
        <translation>%1 · 首次接触即解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · not resolved at first contact</source>
        <translation>%1 · 首次接触未解决</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · not resolved</source>
        <translation>%1 · 未解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · resolved</source>
        <translation>%1 · 已解决</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../core/alerts.cpp" line="+39"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../ui/indicatortexts.cpp" line="+72"/>
        <source>%1 (month)</source>
        <translation>%1（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, under the alarm level %2</source>
        <translation>%1，低于报警值 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, under the warning level %2</source>
        <translation>%1，低于预警值 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the week, below the lower control limit %2 (rule 1)</source>
        <translation>当周 %1，低于控制下限 %2（准则 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 2 of 3 weeks more than 2σ below the centre %2 (rule 2)</source>
        <translation>当周 %1：连续 3 周中有 2 周低于中心线 %2 超过 2σ（准则 2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 4 of 5 weeks more than 1σ below the centre %2 (rule 3)</source>
        <translation>当周 %1：连续 5 周中有 4 周低于中心线 %2 超过 1σ（准则 3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 8 weeks in a row below the centre %2 (rule 4)</source>
        <translation>当周 %1：连续 8 周低于中心线 %2（准则 4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 6 weeks in a row falling (rule 5)</source>
        <translation>当周 %1：连续 6 周下降（准则 5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 14 weeks in a row alternating up and down (rule 6)</source>
        <translation>当周 %1：连续 14 周交替上下（准则 6）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 15 weeks in a row within 1σ of the centre (rule 7)</source>
        <translation>当周 %1：连续 15 周在中心线 1σ 以内（准则 7）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the week: 8 weeks in a row more than 1σ from the centre (rule 8)</source>
        <translation>当周 %1：连续 8 周偏离中心线超过 1σ（准则 8）</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/auditlog.cpp" line="+29"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer changed</source>
        <translation>答案已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment changed</source>
        <translation>备注已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item disputed</source>
        <translation>条目被申诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolved: answer kept</source>
        <translation>申诉已处理：维持原答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolved: answer changed</source>
        <translation>申诉已处理：答案已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score recomputed</source>
        <translation>得分已重新计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value changed by the inspector</source>
        <translation>质检员修改了测得的数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening rule&apos;s answer changed by the inspector</source>
        <translation>质检员修改了智能质检规则给出的答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All disputes resolved</source>
        <translation>全部申诉已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version created</source>
        <translation>已创建新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft version edited</source>
        <translation>草稿版本已编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>状态已变更</translation>
    </message>
</context>
<context>
    <name>AuditReports</name>
    <message>
        <location filename="../ui/report/reportparts.cpp" line="+32"/>
        <location line="+62"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../ui/report/visitreport.cpp" line="+36"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/auditreports.cpp" line="+60"/>
        <location line="+18"/>
        <source>There is no evaluation #%1.</source>
        <translation>没有编号为 #%1 的评估。</translation>
    </message>
    <message>
        <location filename="../ui/report/reportparts.cpp" line="+19"/>
        <source>Failed (critical item)</source>
        <translation>不合格（关键项）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/report/auditreports.cpp" line="+18"/>
        <source>Evaluation #%1</source>
        <translation>质检评估 #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/calibrationreport.cpp" line="+150"/>
        <location line="+227"/>
        <location filename="../ui/report/visitreport.cpp" line="-1"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/calibrationreport.cpp" line="-209"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+95"/>
        <location filename="../ui/report/gapreport.cpp" line="+256"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="+198"/>
        <location filename="../ui/report/screeningreport.cpp" line="+167"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <location line="+12"/>
        <location filename="../ui/report/calibrationreport.cpp" line="+0"/>
        <location filename="../ui/report/screeningreport.cpp" line="+1"/>
        <location line="+42"/>
        <source>Agent</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="-222"/>
        <location filename="../ui/report/calibrationreport.cpp" line="+0"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/calibrationreport.cpp" line="+0"/>
        <location line="+79"/>
        <location line="+80"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+3"/>
        <location filename="../ui/report/screeningreport.cpp" line="+0"/>
        <source>Interaction</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+208"/>
        <location filename="../ui/report/calibrationreport.cpp" line="-158"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="-207"/>
        <location filename="../ui/report/calibrationreport.cpp" line="+38"/>
        <location line="+6"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/report/actionsreport.cpp" line="+74"/>
        <source>Every site</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no site %1.</source>
        <translation>没有门店/团队 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Corrective and preventive actions</source>
        <translation>纠正预防措施</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, of them overdue: %2</source>
        <translation>%1，其中逾期：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, to verify</source>
        <translation>已完成，待验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified effective / not effective</source>
        <translation>验证有效 / 无效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service FMEA</source>
        <translation>服务失效模式与效应分析（FMEA）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processes&apos; whole register, for every site; the action on a failure mode is shown whatever its period, so it may not be one of the actions counted above.</source>
        <translation>全部流程的完整登记册，覆盖所有门店/团队；失效模式上的措施无论属于哪个期间都会列出，因此可能不在上文统计的措施之中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process · step</source>
        <translation>流程 · 步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure mode</source>
        <translation>失效模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S · O · D</source>
        <translation>S · O · D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>措施后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP after</source>
        <translation>措施后 AP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, RPN %2</source>
        <translation>%1，RPN %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN = S × O × D; AP, the action priority of the AIAG &amp; VDA FMEA Handbook (2019), ranks severity first.</source>
        <translation>RPN = S × O × D；AP 为 AIAG &amp; VDA FMEA 手册（2019）的措施优先级，严重度优先。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No action was raised, open or finished here in the period.</source>
        <translation>本期间此范围内没有发起、未完成或已完成的措施。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>An action is verified effective only when its measure improved from the period before to the period after beyond chance: p &lt; 0.05, two-sided, by the two-proportion z test for a share (Fisher&apos;s exact test when a period has few cases) and by Welch&apos;s t test for a mean. As of %1.</source>
        <translation>只有当衡量指标从措施前到措施后的改善超出随机波动时，措施才被验证为有效：双侧检验 p &lt; 0.05，比例用两比例 z 检验（某一期间个案较少时用 Fisher 精确检验），均值用 Welch t 检验。数据截至 %1。</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+114"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location filename="../ui/report/auditreports.cpp" line="+1"/>
        <location filename="../ui/report/calibrationreport.cpp" line="-59"/>
        <location filename="../ui/report/complaintsreport.cpp" line="-58"/>
        <location line="+51"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="-156"/>
        <location filename="../ui/report/visitreport.cpp" line="+8"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>None: every action here is verified, or none was raised.</source>
        <translation>无：这里的措施都已验证，或尚未发起措施。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <location line="+21"/>
        <source>Action</source>
        <comment>a corrective action</comment>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 action raised by %2 on %3 from: %4%5.</source>
        <translation>%1措施，由 %2 于 %3 发起，来源：%4%5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · owner %2 · due %3 · %4</source>
        <translation>%1 · 负责人 %2 · 期限 %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why %1: %2</source>
        <translation>为什么 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (root cause)</source>
        <translation>%1（根本原因）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure: %1</source>
        <translation>衡量指标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified by %1 on %2: %3.</source>
        <translation>%1 于 %2 验证：%3。</translation>
    </message>
    <message>
        <location filename="../ui/report/auditreports.cpp" line="+1"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../ui/report/visitreport.cpp" line="+11"/>
        <location line="+2"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+121"/>
        <location line="+73"/>
        <location filename="../ui/report/visitreport.cpp" line="-1"/>
        <location line="+5"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2, bonus %3</source>
        <translation>%1 / %2，加分 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+104"/>
        <location line="+43"/>
        <location filename="../ui/report/gapreport.cpp" line="-138"/>
        <location line="+46"/>
        <location line="+15"/>
        <location line="+19"/>
        <location line="+35"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-165"/>
        <location filename="../ui/report/visitreport.cpp" line="+0"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/visitreport.cpp" line="+45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By dimension and section</source>
        <translation>按维度和部分</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/report/calibrationreport.cpp" line="+101"/>
        <location filename="../ui/report/visitreport.cpp" line="-34"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <location line="+100"/>
        <location line="+18"/>
        <location filename="../ui/report/calibrationreport.cpp" line="-8"/>
        <location line="+81"/>
        <location filename="../ui/report/screeningreport.cpp" line="-34"/>
        <location filename="../ui/report/visitreport.cpp" line="+2"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="-165"/>
        <location filename="../ui/report/visitreport.cpp" line="+0"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/visitreport.cpp" line="+1"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+7"/>
        <location filename="../ui/report/visitreport.cpp" line="+9"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written answers</source>
        <translation>文字回答</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspector&apos;s comment</source>
        <translation>质检员备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="+27"/>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>裁定理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept</source>
        <translation>维持原答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed to %1</source>
        <translation>改为 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no score in %1 to compare with</source>
        <translation>%1 没有可比较的得分</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Service indicators against their targets</source>
        <translation>服务指标与目标值对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service indicators of the agent&apos;s contacts, against their team&apos;s targets</source>
        <translation>坐席所接待联络的服务指标（对照所属门店/团队的目标）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="+118"/>
        <location line="+82"/>
        <source>Open alerts</source>
        <translation>未确认的预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open alerts at %1</source>
        <translation>%1 未确认的预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaints at %1</source>
        <translation>%1 的投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective actions not yet verified</source>
        <translation>未验证的纠正措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective actions at %1 not yet verified</source>
        <translation>%1 未验证的纠正措施</translation>
    </message>
    <message>
        <location filename="../ui/report/visitreport.cpp" line="-63"/>
        <source>Visit %1 has not started: there is nothing to report yet.</source>
        <translation>暗访 %1 尚未开始，暂无可报告的内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mystery-shop visit %1: %2</source>
        <translation>神秘顾客暗访 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>暗访时段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shopper</source>
        <translation>神秘顾客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <comment>who, and when</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts in scorecards</source>
        <translation>计入计分卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (validated)</source>
        <translation>是（已审核通过）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (not validated)</source>
        <translation>否（未审核通过）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answered at</source>
        <translation>作答时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Shopper&apos;s comment</source>
        <translation>神秘顾客备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No evidence was attached.</source>
        <translation>未附加证据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the file</source>
        <translation>文件中未记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/auditreports.cpp" line="-46"/>
        <source>Overall score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+72"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 points against %2</source>
        <translation>较 %2 变化 %1 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location filename="../ui/report/gapreport.cpp" line="-114"/>
        <location line="+115"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+83"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 of %2 in %3</source>
        <translation>在 %3 中排第 %1 名（共 %2 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ranked (no evaluations)</source>
        <translation>未排名（无评估）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store visits</source>
        <translation>暗访数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open disputes</source>
        <translation>待处理申诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores by dimension</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <location filename="../ui/report/gapreport.cpp" line="-115"/>
        <location line="+62"/>
        <location line="+18"/>
        <location line="+35"/>
        <location line="+22"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/report/gapreport.cpp" line="+3"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend over twelve months</source>
        <translation>近十二个月趋势</translation>
    </message>
    <message>
        <location filename="../ui/report/indicatorsreport.cpp" line="-228"/>
        <location line="+28"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 (within %2)</source>
        <translation>%1（%2 以内）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 … %3)</source>
        <translation>%1（%2 … %3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No open alerts.</source>
        <translation>没有未确认的预警。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site or region</source>
        <translation>门店/团队或区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <comment>an alert&apos;s: warning or alarm</comment>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rule %1 in the weeks of %2</source>
        <translation>规则 %1：%2 所在各周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signal: the weeks vary as the baseline did.</source>
        <translation>无信号：各周的波动与基线期相同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals: %1.</source>
        <translation>信号：%1。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Service indicators report: %1</source>
        <translation>服务指标报告：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the warning level</source>
        <translation>低于预警值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the alarm level</source>
        <translation>低于报警值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicators against their targets</source>
        <translation>指标与目标对照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By site</source>
        <translation>按门店/团队</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By month against the targets</source>
        <translation>按月与目标值对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week against the targets</source>
        <translation>按周与目标值对比</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The levels are lines across: the target green, the warning level orange, the alarm level red; a point under a level takes its colour.</source>
        <translation>各水平以横线表示：目标值为绿色，预警值为橙色，报警值为红色；低于某一水平的点取该水平的颜色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/report/screeningreport.cpp" line="-45"/>
        <source>A hollow point is a month cut short by the period: it counts only the period&apos;s days of that month.</source>
        <translation>空心点表示被期间截断的月份：只计入该月落在期间内的日子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/screeningreport.cpp" line="-2"/>
        <source>A hollow point is a week cut short by the period: it counts only the period&apos;s days of that week.</source>
        <translation>空心点表示被期间截断的一周：只计入该周落在期间内的日子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control charts by week (26 weeks to the period&apos;s end)</source>
        <translation>按周控制图（截至期间末的 26 周）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p charts of each week&apos;s share: the centre line and 3σ limits (a limit per week, as the weeks&apos; cases differ) come from the baseline weeks marked green; zones A, B and C shaded; points of a signal in red (beyond a limit) or orange (a run). Rules 1–4: Western Electric; 5–8: Nelson.</source>
        <translation>各周比例的 p 图：中心线和 3σ 控制限（各周样本数不同，每周各有其控制限）取自绿色标出的基线周；A、B、C 区以阴影表示；触发信号的点以红色（超出控制限）或橙色（连串）标出。规则 1–4：西方电气规则；5–8：Nelson 规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: too few weeks with cases for a control chart.</source>
        <translation>%1：有样本的周数太少，无法绘制控制图。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSAT: the share of answers in the top two boxes of the survey&apos;s scale. NPS: % promoters (9–10) − % detractors (0–6), with its 95 % interval. First response and resolution on time: each contact against the threshold of its channel and site. A level alert: a month under the warning or alarm level with at least 30 cases; a signal alert: a run rule met by one of the last two weeks, towards worse.</source>
        <translation>CSAT：回答落在问卷量表最高两档的比例。NPS：推荐者（9–10）% − 贬损者（0–6）%，附 95% 置信区间。首次响应及时率与解决及时率：每次联络对照其渠道和门店/团队的时限。水平预警：某月低于预警值或报警值且样本不少于 30；信号预警：最近两周之一触发判异规则且方向变差。</translation>
    </message>
    <message>
        <location filename="../ui/report/calibrationreport.cpp" line="-140"/>
        <location line="+140"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="-230"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/report/auditreports.cpp" line="+19"/>
        <source>Items failed most often</source>
        <translation>最常失分的条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item failed in this period.</source>
        <translation>本期没有失分条目。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/report/gapreport.cpp" line="-26"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+79"/>
        <location filename="../ui/report/calibrationreport.cpp" line="-178"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Failures</source>
        <translation>失分次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>回答次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed critical items</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No critical item failed in this period.</source>
        <translation>本期没有关键项不合格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agents</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scores are the stored scores of submitted evaluations and store visits (drafts never count), by the date of the evaluated interaction. An item fails when its answer earns less than half of its points. Intervals are 95 % t intervals.</source>
        <translation>得分为已提交评估和暗访所存储的分数（草稿不计），按被评估客户交互的日期统计。条目得分低于其分值一半即为失分。区间为 95% t 置信区间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Store scorecard: %1</source>
        <translation>门店计分卡：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent scorecard: %1</source>
        <translation>坐席计分卡：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/gapreport.cpp" line="-168"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="+29"/>
        <location line="+104"/>
        <location filename="../ui/report/screeningreport.cpp" line="-22"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/visitreport.cpp" line="-87"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team / store</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/report/gapreport.cpp" line="-11"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="-11"/>
        <location filename="../ui/report/screeningreport.cpp" line="-15"/>
        <source>all sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service-quality gap report: %1</source>
        <translation>服务质量差距报告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/indicatorsreport.cpp" line="+12"/>
        <location filename="../ui/report/screeningreport.cpp" line="+16"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey wave</source>
        <translation>调查批次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum respondents</source>
        <translation>最少受访人数</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Respondents</source>
        <translation>受访人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managers (gap 1)</source>
        <translation>管理者（差距 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer gap, unweighted</source>
        <translation>顾客差距（未加权）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer gap, weighted</source>
        <translation>顾客差距（加权）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SERVQUAL by dimension (gap 5: perception − expectation)</source>
        <translation>各维度 SERVQUAL（差距 5：感知 − 期望）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>期望</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>感知</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>α (E / P)</source>
        <translation>α（期望/感知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap 1</source>
        <translation>差距 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+90"/>
        <location line="+20"/>
        <location line="+3"/>
        <source>too few</source>
        <translation>样本不足</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The five gaps (gaps 1, 2, 5 in scale points; 3, 4 in percentage points)</source>
        <translation>五个差距（差距 1、2、5 以分值计；差距 3、4 以百分点计）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service standards (gaps 2 and 3)</source>
        <translation>服务标准（差距 2 与差距 3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>承诺水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap 2</source>
        <translation>差距 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap 3</source>
        <translation>差距 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Promises to customers (gap 4)</source>
        <translation>对顾客的承诺（差距 4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promised</source>
        <translation>承诺比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>兑现比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap 4</source>
        <translation>差距 4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer gap by month</source>
        <translation>顾客差距月度趋势</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer survey in this period.</source>
        <translation>本期没有顾客调查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What inspections observed (dimension scores by month)</source>
        <translation>质检观察结果（各维度月度得分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluation in this period.</source>
        <translation>本期没有评估。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items with the largest gaps</source>
        <translation>差距最大的题目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <comment>a SERVQUAL survey question</comment>
        <translation>题目</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Customer gap by site</source>
        <translation>各门店/团队的顾客差距</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gaps are perception minus expectation on the 7-point scale (negative: service falls short). Gap 1 is the managers&apos; estimate of customers&apos; expectation minus the customers&apos; expectation. A figure from fewer respondents than the minimum is shown as too few. How every figure is computed: the last section of this report.</source>
        <translation>差距为 1–7 分制上的感知减期望（负值表示服务未达期望）。差距 1 为管理者对顾客期望的估计减去顾客期望。受访人数少于最少受访人数的数值显示为“样本不足”。各项数值的计算方法见本报告最后一节。</translation>
    </message>
    <message>
        <location filename="../ui/report/calibrationreport.cpp" line="-1"/>
        <source>Session</source>
        <translation>校准会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind</source>
        <translation>盲评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring closed</source>
        <translation>评分已截止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scoring open</source>
        <translation>评分进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± %1 points</source>
        <translation>± %1 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring is still open: the consensus is proposed from the answers handed in so far, and every figure below may change.</source>
        <translation>评分尚未截止：共识由目前已提交的答案提出，以下各项数值都可能变化。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consensus score</source>
        <translation>共识得分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreement between the inspectors</source>
        <translation>质检员之间的一致性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item was answered by two inspectors yet.</source>
        <translation>还没有任何条目被两名质检员作答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units rated</source>
        <translation>评分单元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each inspector against the consensus</source>
        <translation>各质检员与共识的对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions compared</source>
        <translation>比较的客户交互数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation (points)</source>
        <translation>偏差（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute deviation (points)</source>
        <translation>绝对偏差（分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items as the consensus</source>
        <translation>与共识一致的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within ± %1 points</source>
        <translation>在 ± %1 分以内</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>outside</source>
        <translation>超出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within</source>
        <translation>以内</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deviation by dimension (points)</source>
        <translation>各维度偏差（分）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the inspectors disagree</source>
        <translation>质检员意见分歧之处</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/screeningreport.cpp" line="+70"/>
        <location line="+7"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead&apos;s reason</source>
        <translation>主管的理由</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every inspector answered every item alike.</source>
        <translation>所有质检员对每个条目的回答都一致。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other item(s) were answered alike by everyone who answered them.</source>
        <translation>
            <numerusform>另有 %n 个条目，所有作答者的回答一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drift over sessions</source>
        <translation>历次校准会的漂移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No closed session yet: there is no drift to show.</source>
        <translation>还没有已截止的校准会：暂无漂移可显示。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each participant&apos;s mean deviation from consensus in every closed session up to this one; the shaded band is the workspace&apos;s tolerance of ± %1 points.</source>
        <translation>截至本次的每次已截止校准会中，各参与者与共识的平均偏差；阴影带为工作区设定的 ± %1 分容差。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session&apos;s trail</source>
        <translation>校准会记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Session number</source>
        <translation>校准会编号</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>%1 (%2 of %3 handed in)</source>
        <translation>%1（已提交 %2 / %3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>How the figures are computed</source>
        <translation>各项数值的计算方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus: when the lead closes scoring, each item&apos;s consensus is proposed from the answers handed in — for yes/no items the most frequent answer (a tie goes to the lower answer), for ratings, numbers and times the lower median (N/A when more than half answered it). The lead may change it, giving a reason. An answer that differs from the consensus is tinted; — is an item not answered.</source>
        <translation>共识：主管截止评分时，由已提交的答案为每个条目提出共识——是/否条目取出现最多的答案（票数相同取较低的答案），评分、数值和时间取下中位数（超过半数答“不适用”时为不适用）。主管可修改共识，但须说明理由。与共识不同的答案以底色标出；“—”表示未作答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deviation: over the interactions an inspector handed in, the mean of the inspector&apos;s score minus the score of the consensus answers, both scored by the form&apos;s rules in points of 100 (positive: more generous than the consensus); absolute deviation is the mean of its size. Items as the consensus: the share of the inspector&apos;s answers equal to the consensus. By dimension: the same difference of the dimension scores. An inspector whose deviation lies outside ± %1 points, the workspace&apos;s tolerance, is marked.</source>
        <translation>偏差：在质检员已提交的客户交互上，质检员得分减去共识答案得分的平均值，两者都按表单规则以百分制计分（正值：比共识宽松）；绝对偏差为其大小的平均值。与共识一致的条目：质检员答案与共识相同的比例。按维度：各维度得分的同样差值。偏差超出工作区容差 ± %1 分的质检员会被标出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement of an item: the share of the pairs of answers that are equal (N/A equals N/A); spread: the highest minus the lowest value answered. Items appear with the least agreement first, then the widest spread.</source>
        <translation>条目的一致率：答案两两相同的比例（不适用与不适用视为相同）；极差：所答最高值减最低值。条目按一致率从低到高、再按极差从大到小排列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics, by the kind of item: yes/no items as nominal data — percent agreement, Gwet&apos;s AC1, Cohen&apos;s κ for two inspectors or Fleiss&apos; κ for more, Krippendorff&apos;s α; each rating scale as ordinal data — Krippendorff&apos;s α, Cohen&apos;s κ or Gwet&apos;s AC2 with quadratic weights, ICC(2,1); the interactions&apos; scores as interval data — ICC(2,1) and Krippendorff&apos;s α. Units are the items (interaction × item) or the interactions rated. κ and AC read by Landis &amp; Koch (1977), α by Krippendorff (2004), ICC by Koo &amp; Li (2016). Percent agreement does not take chance out: read it beside κ or AC1.</source>
        <translation>按条目类型选用统计量：是/否条目作为名义数据——一致百分比、Gwet&apos;s AC1、两名质检员时用 Cohen&apos;s κ、更多时用 Fleiss&apos; κ、Krippendorff&apos;s α；每种评分量表作为顺序数据——Krippendorff&apos;s α、二次加权的 Cohen&apos;s κ 或 Gwet&apos;s AC2、ICC(2,1)；客户交互得分作为等距数据——ICC(2,1) 与 Krippendorff&apos;s α。单元为条目（客户交互 × 条目）或被评的客户交互。κ 与 AC 按 Landis &amp; Koch (1977) 解读，α 按 Krippendorff (2004)，ICC 按 Koo &amp; Li (2016)。一致百分比未扣除偶然一致，请与 κ 或 AC1 一起看。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibration scores are kept apart from evaluations: they never count in scorecards, dashboards, rankings or work queues.</source>
        <translation>校准评分与正式评估分开保存：不计入计分卡、仪表板、排名或工作队列。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calibration session: %1</source>
        <translation>校准会：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/complaintsreport.cpp" line="-99"/>
        <source>Complaints received in the period: %1, %2 per 1,000 interactions (of %3).</source>
        <translation>本期受理投诉 %1 件，每千次客户交互 %2 件（共 %3 次客户交互）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints received in the period: %1; no interactions to compare them with.</source>
        <translation>本期受理投诉 %1 件；没有可对比的客户交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First responses on time: %1 (%2 of %3). Resolutions on time: %4 (%5 of %6).</source>
        <translation>首次响应按时率：%1（%3 件中 %2 件）。解决按时率：%4（%6 件中 %5 件）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open now: %1, of them overdue: %2.</source>
        <translation>当前未结束：%1 件，其中已超时：%2 件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Received</source>
        <comment>a complaint: when it came in</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../ui/report/actionsreport.cpp" line="-10"/>
        <location filename="../ui/report/complaintsreport.cpp" line="-58"/>
        <location line="+55"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/report/complaintsreport.cpp" line="-54"/>
        <location line="+52"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../ui/report/actionsreport.cpp" line="-141"/>
        <location line="+114"/>
        <location filename="../ui/report/complaintsreport.cpp" line="-52"/>
        <location line="+59"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/report/complaintsreport.cpp" line="-59"/>
        <location line="+70"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>And %1 more open complaints (the Complaints page lists them all).</source>
        <translation>另有 %1 件未结束投诉（“投诉”页面列出全部）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no complaint %1.</source>
        <translation>没有投诉 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limits</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/report/actionsreport.cpp" line="-114"/>
        <location line="+115"/>
        <location filename="../ui/report/complaintsreport.cpp" line="+0"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../ui/report/complaintsreport.cpp" line="+0"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stands</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s satisfaction with the handling: %1 of 5.</source>
        <translation>顾客对处理的满意度：%1 分（满分 5 分）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>The customer could not be reached.</source>
        <translation>未能联系到顾客。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>派往</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction %1 of 5.</source>
        <translation>满意度 %1 分（满分 5 分）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clocks as of %1. The history is kept as it happened: no step can be changed or removed.</source>
        <translation>时限按 %1 计算。处理记录如实保存：任何环节都不能修改或删除。</translation>
    </message>
    <message>
        <location filename="../ui/report/screeningreport.cpp" line="-100"/>
        <source>matched</source>
        <translation>命中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no match</source>
        <translation>未命中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (evaluation %2)</source>
        <translation>%1（评估 %2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 version %2 (%3)</source>
        <translation>%1 第 %2 版（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening report: %1</source>
        <translation>智能质检报告：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule sets</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none active</source>
        <translation>无启用的规则集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interactions screened</source>
        <translation>已筛查客户交互</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged as a risk</source>
        <translation>标记为风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Flag rate</source>
        <translation>标记率</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Rules compared with inspectors</source>
        <translation>与质检员比较的规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interaction of this scope and period has been screened by the active rule sets.</source>
        <translation>该范围与期间内没有被启用规则集筛查过的客户交互。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag rate by week</source>
        <translation>按周的标记率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag rate by month</source>
        <translation>按月的标记率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched</source>
        <translation>命中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flags a risk</source>
        <translation>标记风险</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answers an item</source>
        <translation>回答评分项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screened</source>
        <translation>已筛查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 more not listed.</source>
        <translation>另有 %1 项未列出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By site, the most flagged first</source>
        <translation>按门店/团队，标记最多者在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents flagged most</source>
        <translation>被标记最多的坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement with the inspectors</source>
        <translation>与质检员的一致性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No inspector answered, in this period, an item that a rule answers on the interactions the rule could read.</source>
        <translation>本期间内，在规则可读取的客户交互上，没有质检员回答过规则所回答的评分项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Compared</source>
        <translation>比较数</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A positive is the answer the rule gives when it matches. TP: the rule matched and the inspector gave that answer; FP: the rule matched, the inspector did not; FN: the inspector gave it, the rule did not match; TN: neither. Precision TP/(TP+FP), recall TP/(TP+FN), agreement (TP+TN)/all; Cohen&apos;s κ and Gwet&apos;s AC1 take out the agreement expected by chance (AC1 stays meaningful when one answer is rare). Submitted evaluations only; N/A answers and interactions the rule could not read are left out.</source>
        <translation>“阳性”指规则命中时给出的答案。TP（真阳性）：规则命中且质检员给出该答案；FP（假阳性）：规则命中而质检员未给出；FN（假阴性）：质检员给出而规则未命中；TN（真阴性）：两者皆否。精确率 = TP/(TP+FP)，召回率 = TP/(TP+FN)，一致率 = (TP+TN)/全部；Cohen κ 与 Gwet AC1 扣除了偶然一致（某一答案很少见时 AC1 仍有意义）。仅统计已提交的评估；不适用的答案及规则无法读取的客户交互不计入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement by month</source>
        <translation>按月一致性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where rule and inspector disagree (newest, up to five per rule)</source>
        <translation>规则与质检员不一致之处（最新的，每条规则最多五条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule says</source>
        <translation>规则判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector answered</source>
        <translation>质检员答案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted from what the active rule sets stored for each interaction, by the day it started. Flag rate: interactions with a risk flag of any severity among those screened; hit rate: interactions a rule matched among those it could read (a rule about what is said needs a transcript in which that speaker speaks).</source>
        <translation>依据启用规则集为每条客户交互保存的结果，按客户交互开始的日期统计。标记率：已筛查客户交互中带有任一级别风险标记的占比；命中率：规则可读取的客户交互中被该规则命中的占比（关于说话内容的规则需要有该说话人发言的转写文本）。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/backups.cpp" line="+70"/>
        <source>%1 exists already: a backup never replaces a file.</source>
        <translation>%1 已存在：备份从不覆盖已有文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup of %1 could not be written: %2</source>
        <translation>无法写入 %1 的备份：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup of %1 could not be read back whole; it was not kept.</source>
        <translation>%1 的备份回读时不完整，未予保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 could not be given its name.</source>
        <translation>无法为备份 %1 命名。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is not a ServQA workspace backup.</source>
        <translation>%1 不是 ServQA 工作区备份。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot copy %1 to %2 (is the disk full or read-only?).</source>
        <translation>无法将 %1 复制到 %2（磁盘是否已满或只读？）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot move %1 aside to make room for the backup: the workspace is left as it was.</source>
        <translation>无法移开 %1 以放入备份：工作区保持原样。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot put the backup in place of %1: the workspace is left as it was.</source>
        <translation>无法用备份替换 %1：工作区保持原样。</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/calibration.cpp" line="+32"/>
        <source>Session created</source>
        <translation>已创建校准会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring handed in</source>
        <translation>评分已提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring closed</source>
        <translation>评分已截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus set</source>
        <translation>已设定共识答案</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a period whose end is not before its start.</source>
        <translation>请选择结束不早于开始的期间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session scores 1 to %1 interactions.</source>
        <translation>一次校准会评 1 至 %1 个客户交互。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No interaction matches: widen the period, or choose another site or channel.</source>
        <translation>没有符合条件的客户交互：请放宽期间，或选择其他门店/团队或渠道。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a QA lead runs calibration sessions: creates them, closes scoring and sets the consensus.</source>
        <translation>只有质检主管可以主持校准会：创建校准会、截止评分并设定共识答案。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the session a name.</source>
        <translation>请为校准会命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session scores 1 to %1 interactions; this one has %2.</source>
        <translation>一次校准会评 1 至 %1 个客户交互；本次有 %2 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calibration compares inspectors: choose at least two.</source>
        <translation>校准比较的是质检员之间的评分：请至少选择两名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 version %2 is a draft: calibrate on a published version.</source>
        <translation>%1 第 %2 版是草稿：请用已发布的版本校准。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a %2: only inspectors and QA leads score calibration sessions.</source>
        <translation>%1 是%2：只有质检员和质检主管参加校准评分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interaction %1 does not exist.</source>
        <translation>客户交互 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interaction %1 (%2) is not a store visit: %3 scores store visits only.</source>
        <translation>客户交互 %1（%2）不是到店暗访：%3 只用于到店暗访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction %1 is a store visit: score it in a session on a store checklist, not on %2.</source>
        <translation>客户交互 %1 是到店暗访：请在使用门店检查表的校准会中评分，而不是 %2。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1” is blind: no one reads another inspector&apos;s answers until the lead closes scoring.</source>
        <translation>“%1”为盲评：在主管截止评分之前，任何人都不能查看其他质检员的答案。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+35"/>
        <source>Scoring of “%1” is closed.</source>
        <translation>“%1”的评分已截止。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>You do not take part in “%1”.</source>
        <translation>您不是“%1”的参与者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Interaction %1 is not in “%2”.</source>
        <translation>客户交互 %1 不在“%2”之中。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>You handed this interaction in already; it can no longer change.</source>
        <translation>您已提交此客户交互的评分，不能再修改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Score the interaction before handing it in.</source>
        <translation>请先评分再提交。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n required item(s) not answered.</source>
        <translation>
            <numerusform>%n 个必答条目未作答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say in the item&apos;s comment why the measured value was changed: %1</source>
        <translation>请在条目备注中说明为何修改了测得的数值：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scoring of “%1” is closed already.</source>
        <translation>“%1”的评分已经截止。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close scoring of “%1” before setting the consensus.</source>
        <translation>请先截止“%1”的评分，再设定共识答案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no scoring item “%2”.</source>
        <translation>%1 没有计分条目“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consensus is an answer: choose one.</source>
        <translation>共识是一个答案：请选择一个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say why the consensus of “%1” is changed.</source>
        <translation>请说明为何修改“%1”的共识答案。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The tolerance is between 0 and 50 points.</source>
        <translation>容差应在 0 至 50 分之间。</translation>
    </message>
    <message>
        <location filename="../core/calibrationcompare.cpp" line="+64"/>
        <source>Percent agreement</source>
        <translation>一致百分比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwet&apos;s AC1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen&apos;s κ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krippendorff&apos;s α (nominal)</source>
        <translation>Krippendorff&apos;s α（名义）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Krippendorff&apos;s α (ordinal)</source>
        <translation>Krippendorff&apos;s α（顺序）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohen&apos;s κ (quadratic weights)</source>
        <translation>Cohen&apos;s κ（二次加权）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gwet&apos;s AC2 (quadratic weights)</source>
        <translation>Gwet&apos;s AC2（二次加权）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+193"/>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Yes/no items</source>
        <translation>是/否条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings 1–5</source>
        <translation>1–5 分评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings 1–7</source>
        <translation>1–7 分评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale 0–10</source>
        <translation>0–10 分量表</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scores (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Krippendorff&apos;s α (interval)</source>
        <translation>Krippendorff&apos;s α（等距）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>poor: below chance</source>
        <translation>差：低于偶然水平</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slight</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>substantial</source>
        <translation>较强</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>almost perfect</source>
        <translation>几乎完全一致</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reliable (α ≥ .800)</source>
        <translation>可靠（α ≥ .800）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tentative conclusions only (α ≥ .667)</source>
        <translation>仅可作初步结论（α ≥ .667）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reliable (α &lt; .667)</source>
        <translation>不可靠（α &lt; .667）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>poor (below .50)</source>
        <translation>差（低于 .50）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate (.50–.75)</source>
        <translation>中等（.50–.75）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good (.75–.90)</source>
        <translation>良好（.75–.90）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excellent (above .90)</source>
        <translation>优秀（高于 .90）</translation>
    </message>
    <message>
        <location filename="../core/calibrationstore.cpp" line="+40"/>
        <source>There is no calibration session #%1.</source>
        <translation>没有编号为 #%1 的校准会。</translation>
    </message>
</context>
<context>
    <name>CalibrationDriftChart</name>
    <message>
        <location filename="../ui/charts/calibrationdriftchart.cpp" line="+141"/>
        <source>Deviation from consensus (points)</source>
        <translation>与共识的偏差（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed sessions, oldest first; the band is ± %1 points</source>
        <translation>已截止的校准会（按时间先后）；阴影带为 ± %1 分</translation>
    </message>
</context>
<context>
    <name>CalibrationTrail</name>
    <message>
        <location filename="../ui/calibrationtrail.cpp" line="+36"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n consensus answer(s) proposed</source>
        <translation>
            <numerusform>已提议 %n 项共识答案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 interactions, %2 inspectors, %3</source>
        <translation>%1 个互动，%2 名质检员，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blind</source>
        <translation>盲评</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>公开</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/interactionrepository.cpp" line="+52"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/clirunner.cpp" line="+57"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Form JSON file.</source>
        <translation>表单 JSON 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers JSON file.</source>
        <translation>答案 JSON 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score needs --form and --answers.</source>
        <translation>score 命令需要 --form 和 --answers。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>CSV file (transcripts: CSV or JSON).</source>
        <translation>CSV 文件（转写文本可为 CSV 或 JSON）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs --db, --kind sites|staff|interactions|survey|feedback|complaints|transcripts and one CSV file (transcripts: CSV or JSON).</source>
        <translation>import 需要 --db、--kind sites|staff|interactions|survey|feedback|complaints|transcripts 和一个 CSV 文件（转写文本可为 CSV 或 JSON）。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Imported %1 in %2 s — turns: %3; transcripts replaced: %4.</source>
        <translation>已导入 %1，用时 %2 秒——话轮：%3；替换的转写文本：%4。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>auto, utf-8 or gb18030.</source>
        <translation>auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Usage:
  servqa-cli score --form FORM.json --answers ANSWERS.json
  servqa-cli import --db WORKSPACE [--create] --kind sites|staff|interactions|survey|feedback|complaints|transcripts [--encoding auto|utf-8|gb18030] [--source NAME] [--wave NAME [--management]] [--survey NAME [--csat-scale 5|7|10]] FILE.csv|FILE.json
  servqa-cli demo --db WORKSPACE [--evaluations N] [--seed S] [--end YYYY-MM-DD] [--survey-answers N]
  servqa-cli check --db WORKSPACE [--full]
  servqa-cli time-zone --db WORKSPACE [--set ZONE]
  servqa-cli agreement --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach [--weights none|linear|quadratic] [--level nominal|ordinal|interval|ratio] [--categories LIST] [--counts] [--id-column] FILE.csv
  servqa-cli agreement --db WORKSPACE --session ID
  servqa-cli spc --chart p|np|c|u|xbar-r|xbar-s|imr [--value-column NAME] [--size-column NAME | --size N] [--subgroup-column NAME] [--label-column NAME] [--baseline FIRST:LAST] [--rules LIST] FILE.csv
  servqa-cli nps --column NAME FILE.csv
  servqa-cli screen --db WORKSPACE [--rules FILE.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--dry-run]
  servqa-cli server init --url postgresql://USER@HOST:PORT/DATABASE
  servqa-cli report --db WORKSPACE --kind evaluation|visit|store|agent|gap|indicators|screening|calibration|complaint|actions|batch ... --out FILE.pdf
Every command explains its options with --help (servqa-cli import --help).
</source>
        <translation>用法：
  servqa-cli score --form 表单.json --answers 答案.json
  servqa-cli import --db 工作区 [--create] --kind sites|staff|interactions|survey|feedback|complaints|transcripts [--encoding auto|utf-8|gb18030] [--source 名称] [--wave 名称 [--management]] [--survey 名称 [--csat-scale 5|7|10]] 文件.csv|文件.json
  servqa-cli demo --db 工作区 [--evaluations N] [--seed S] [--end YYYY-MM-DD] [--survey-answers N]
  servqa-cli check --db 工作区 [--full]
  servqa-cli time-zone --db 工作区 [--set 时区]
  servqa-cli agreement --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach [--weights none|linear|quadratic] [--level nominal|ordinal|interval|ratio] [--categories 列表] [--counts] [--id-column] 文件.csv
  servqa-cli agreement --db 工作区 --session 编号
  servqa-cli spc --chart p|np|c|u|xbar-r|xbar-s|imr [--value-column 列名] [--size-column 列名 | --size N] [--subgroup-column 列名] [--label-column 列名] [--baseline 起:止] [--rules 列表] 文件.csv
  servqa-cli nps --column 列名 文件.csv
  servqa-cli screen --db 工作区 [--rules 规则.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--dry-run]
  servqa-cli server init --url postgresql://用户@主机:端口/数据库
  servqa-cli report --db 工作区 --kind evaluation|visit|store|agent|gap|indicators|screening|calibration|complaint|actions|batch ... --out 文件.pdf
每个命令都可用 --help 查看其选项（如 servqa-cli import --help）。
</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Source system of the interactions.</source>
        <translation>客户交互的来源系统。</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: servqa-cli %1 [options]</source>
        <translation>用法：servqa-cli %1 [选项]</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>sites, staff, interactions, survey, feedback, complaints or transcripts.</source>
        <translation>sites、staff、interactions、survey、feedback、complaints 或 transcripts。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey wave of the responses (created if new).</source>
        <translation>答卷所属的调查批次（不存在时新建）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The survey is managers estimating customers&apos; expectations.</source>
        <translation>此调查由管理者估计顾客的期望。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the workspace if it does not exist (without it, a missing workspace is an error).</source>
        <translation>工作区不存在时新建（不加此选项时，工作区不存在即报错）。</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+307"/>
        <source>Workspace file, or a server&apos;s postgresql:// address (team mode).</source>
        <translation>工作区文件，或服务器的 postgresql:// 地址（团队模式）。</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finishing the indexes of %1: the demo that made it was stopped before its end…</source>
        <translation>正在补全 %1 的索引：生成它的演示在完成前被中止…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Feedback: the post-contact survey of the answers (created if new).</source>
        <translation>客户评价：这些回答所属的服务后回访问卷（不存在时新建）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback: the top of the survey&apos;s CSAT scale, 5, 7 or 10 (a new survey; 5 when not given).</source>
        <translation>客户评价：问卷满意度（CSAT）量表的最高分，5、7 或 10（用于新问卷；未给出时为 5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions: do not screen them after the import (servqa-cli screen does it later).</source>
        <translation>客户交互：导入后不进行智能质检筛查（之后由 servqa-cli screen 完成）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>import --kind survey needs --wave NAME.</source>
        <translation>import --kind survey 需要 --wave 批次名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import --kind feedback needs --survey NAME.</source>
        <translation>import --kind feedback 需要 --survey 名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--csat-scale &quot;%1&quot;: use 5, 7 or 10.</source>
        <translation>--csat-scale “%1”：请使用 5、7 或 10。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8 or gb18030.</source>
        <translation>未知编码“%1”：请使用 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To make a new workspace, add --create.</source>
        <translation>如需新建工作区，请加上 --create。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported %1 rows (%2 new complaints, %3 already in the workspace, left as they were) from %4 in %5 s [%6].</source>
        <translation>已从 %4 导入 %1 行（新投诉 %2 件，工作区中已有 %3 件，保持不变），用时 %5 秒 [%6]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 rows (%2 new, %3 updated) from %4 in %5 s [%6].</source>
        <translation>已从 %4 导入 %1 行（新增 %2，更新 %3），用时 %5 秒 [%6]。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 new alerts: an indicator under its level or a control chart&apos;s signal (the Alerts page lists them).</source>
        <translation>新增 %1 条预警：指标低于阈值或控制图出现信号（见“预警”页）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import is kept, but screening its interactions failed: %1 (servqa-cli screen screens them again).</source>
        <translation>导入已保留，但对其客户交互的筛查失败：%1（可用 servqa-cli screen 重新筛查）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+130"/>
        <source>Screened %1 interactions in %2 s: %3 flagged as a risk.</source>
        <translation>已筛查 %1 条客户交互，用时 %2 秒：%3 条标记为风险。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Workspace file to create.</source>
        <translation>要创建的工作区文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of evaluations.</source>
        <translation>评估数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of data (default yesterday).</source>
        <translation>数据的最后一天（默认为昨天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer SERVQUAL answers to write at least (default: ten customers per site and month).</source>
        <translation>至少写入的顾客 SERVQUAL 答卷数（默认：每个门店/团队每月十位顾客）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls to voice into WAV recordings beside the workspace with espeak-ng (0: none).</source>
        <translation>用 espeak-ng 将多少通电话合成为 WAV 录音，存放在工作区旁（0：不生成）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>demo needs --db, and --evaluations, --seed, --end and --survey-answers must be valid.</source>
        <translation>demo 需要 --db，且 --evaluations、--seed、--end 和 --survey-answers 必须有效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A demo is made in a file; servqa-cli server copy moves it onto a server.</source>
        <translation>演示数据只生成在文件中；用 servqa-cli server copy 把它迁移到服务器。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 evaluations…</source>
        <translation>已生成 %1 / %2 条评估…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The demo was built in %1 but could not be renamed to %2: %3</source>
        <translation>演示数据已在 %1 中生成完整，但无法重命名为 %2：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo workspace %1: %2 sites, %3 staff, %4 users, %5 interactions, %6 evaluations (%7 s).</source>
        <translation>演示工作区 %1：%2 个门店/团队、%3 名员工、%4 个用户、%5 条客户交互、%6 条评估（%7 秒）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Also check every index against its table (slower: minutes on a large workspace).</source>
        <translation>同时逐一核对每个索引与其数据表（较慢：大型工作区需数分钟）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check needs --db.</source>
        <translation>check 需要 --db。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check reads a workspace file; a server keeps its own data whole (its checks are pg_amcheck&apos;s, docs/team-mode.md).</source>
        <translation>check 只检查工作区文件；服务器自行保证数据完整（用 pg_amcheck 检查，见 docs/team-mode.md）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a ServQA workspace.</source>
        <translation>%1 不是 ServQA 工作区。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is whole: every page and record was read and checked.</source>
        <translation>%1 完好：每一页、每一条记录均已读取并检查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Count the workspace&apos;s days in this time zone (e.g. Asia/Shanghai, Europe/Berlin).</source>
        <translation>按此时区计算工作区的日期（如 Asia/Shanghai、Europe/Berlin）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time-zone needs --db.</source>
        <translation>time-zone 需要 --db。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--set needs a time zone, e.g. Asia/Shanghai.</source>
        <translation>--set 需要一个时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a time zone this machine knows (e.g. Asia/Shanghai).</source>
        <translation>%1 不是本机已知的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 counts its days in the time zone %2.</source>
        <translation>%1 按时区 %2 计算日期。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="+32"/>
        <source>--lang &quot;%1&quot;: ServQA speaks en (English) and zh_CN (简体中文).</source>
        <translation>--lang “%1”：ServQA 支持 en（English）和 zh_CN（简体中文）。</translation>
    </message>
    <message>
        <location filename="../core/servercli.cpp" line="+22"/>
        <source>Usage: servqa-cli server init --url postgresql://USER@HOST:PORT/DATABASE
       servqa-cli server copy --from WORKSPACE.servqa|URL --to URL|WORKSPACE.servqa
       servqa-cli server user add --url URL --login LOGIN --name NAME --role ROLE [--role ROLE…] [--site CODE…] --password-stdin
       servqa-cli server user set --url URL --login LOGIN [--name NAME] [--role ROLE…] [--site CODE…] [--password-stdin] [--enable]
       servqa-cli server user disable --url URL --login LOGIN
       servqa-cli server user list --url URL
</source>
        <translation>用法：servqa-cli server init --url postgresql://用户@主机:端口/数据库
       servqa-cli server copy --from 工作区.servqa|URL --to URL|工作区.servqa
       servqa-cli server user add --url URL --login 登录名 --name 姓名 --role 角色 [--role 角色…] [--site 代码…] --password-stdin
       servqa-cli server user set --url URL --login 登录名 [--name 姓名] [--role 角色…] [--site 代码…] [--password-stdin] [--enable]
       servqa-cli server user disable --url URL --login 登录名
       servqa-cli server user list --url URL
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace copied: a file or a server&apos;s URL.</source>
        <translation>要复制的工作区：文件或服务器 URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it goes: a server&apos;s URL, or a new file.</source>
        <translation>复制到：服务器 URL，或一个新文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server copy needs --from and --to, one a workspace file and the other a server&apos;s URL.</source>
        <translation>server copy 需要 --from 和 --to，一个是工作区文件，另一个是服务器 URL。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+39"/>
        <source>%1 copied to %2.</source>
        <translation>%1 已复制到 %2。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 exists: a server is copied only into a new file.</source>
        <translation>%1 已存在：服务器上的工作区只能复制到一个新文件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot name the copy %1.</source>
        <translation>无法将副本命名为 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server&apos;s database, signed in as an administrator.</source>
        <translation>服务器上的数据库，以管理员身份登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s login (its PostgreSQL role).</source>
        <translation>账号的登录名（即其 PostgreSQL 角色）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name as the app shows it.</source>
        <translation>应用中显示的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspector, shopper, manager, lead or admin; repeat for several (the first is shown).</source>
        <translation>inspector（质检员）、shopper（神秘顾客）、manager（门店经理/团队主管）、lead（质检主管）或 admin（管理员）；可重复给出多个（显示第一个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store or team the account answers for (its code); repeat for several.</source>
        <translation>该账号负责的门店/团队（代码）；可重复给出多个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A region the account answers for, as the sites name it: every store and team in it, those opened later too; repeat for several.</source>
        <translation>该账号负责的区域（按门店/团队所填的区域名）：区域内的所有门店和团队，包括日后新开的；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the new password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取新密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let a disabled account sign in again.</source>
        <translation>允许已停用的账号重新登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server user %1 needs --url and --login.</source>
        <translation>server user %1 需要 --url 和 --login。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--role: &quot;%1&quot; is not a role; use inspector, shopper, manager, lead or admin.</source>
        <translation>--role：“%1”不是角色；请用 inspector、shopper、manager、lead 或 admin。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server user add needs --name, at least one --role and --password-stdin.</source>
        <translation>server user add 需要 --name、至少一个 --role 和 --password-stdin。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no login</source>
        <translation>无登录账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Account %1 added.</source>
        <translation>已添加账号 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>已停用账号 %1：它不能再登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 saved.</source>
        <translation>已保存账号 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server&apos;s database, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>服务器上的数据库，postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server init needs --url.</source>
        <translation>server init 需要 --url。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds a ServQA workspace of format %2.</source>
        <translation>%1 中是格式 %2 的 ServQA 工作区。</translation>
    </message>
</context>
<context>
    <name>CliTable</name>
    <message>
        <location filename="../core/clitable.cpp" line="+80"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, line %2 has %3 columns and the header %4.</source>
        <translation>%1，第 %2 行有 %3 列，而表头有 %4 列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: there are no rows after the header.</source>
        <translation>%1：表头之后没有数据行。</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../core/complaintterms.cpp" line="+50"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+12"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+15"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer contacted</source>
        <translation>已联系顾客</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <location filename="../core/complaintsettings.cpp" line="+59"/>
        <source>Only a QA lead or an administrator sets complaint categories and time limits; %1 is not one.</source>
        <translation>只有质检主管或管理员可以设置投诉类别和处理时限；%1 不是。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The limits for every channel stay: a complaint on a channel without its own is timed by them.</source>
        <translation>“所有渠道”的时限不能删除：没有单独时限的渠道按它计时。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no time limit for %1 complaints; set one in Settings ▸ Complaints.</source>
        <translation>没有%1级投诉的处理时限；请在“设置 ▸ 投诉”中设置。</translation>
    </message>
    <message>
        <location filename="../core/complaints.cpp" line="+103"/>
        <source>Complaints are dispatched, answered, resolved, closed and reopened by a store manager, a QA lead or an administrator; %1 works as: %2.</source>
        <translation>投诉的派单、响应、解决、结案和重新打开由门店经理、质检主管或管理员进行；%1 的身份是：%2。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>A complaint goes to a store manager, a QA lead or an administrator; %1 works as: %2.</source>
        <translation>投诉只能派给门店经理、质检主管或管理员；%1 的身份是：%2。</translation>
    </message>
    <message>
        <location filename="../core/complaintsettings.cpp" line="-137"/>
        <source>A complaint category needs a key and a name in English and in Chinese: both languages list it.</source>
        <translation>投诉类别需要键名以及英文和中文名称：两种语言都会列出它。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>A first-response limit is at least a minute, and the resolution limit at least as long as it.</source>
        <translation>首次响应时限至少 1 分钟，解决时限不得短于首次响应时限。</translation>
    </message>
    <message>
        <location filename="../core/complaints.cpp" line="-177"/>
        <source>A mystery shopper does not take in complaints; %1 is one.</source>
        <translation>神秘顾客不受理投诉；%1 是神秘顾客。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Say what the customer complains about.</source>
        <translation>请填写顾客投诉的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the time the complaint was received.</source>
        <translation>请填写投诉受理时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint cannot be received later than now (%1).</source>
        <translation>投诉受理时间不能晚于现在（%1）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is a complaint %1 already.</source>
        <translation>投诉 %1 已存在。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Complaint %1 is not in this workspace.</source>
        <translation>此工作区中没有投诉 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complaint %1 was changed by %2 at %3 (%4) since you opened it; look at it again before you change it.</source>
        <translation>您打开投诉 %1 后，%2 于 %3 对其做了更改（%4）；请重新查看后再修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Complaint %1 was changed since you opened it; look at it again before you change it.</source>
        <translation>您打开投诉 %1 后它已被更改；请重新查看后再修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Complaint %1 is %2: reopen it to dispatch it again.</source>
        <translation>投诉 %1 的状态为“%2”：重新打开后才能再次派单。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say what the customer was told.</source>
        <translation>请填写告知顾客的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Dispatch complaint %1 to an owner first.</source>
        <translation>请先将投诉 %1 派单给负责人。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Complaint %1 has had its first response; add a note for a later contact.</source>
        <translation>投诉 %1 已有首次响应；之后的联系请添加备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer cannot be contacted before the complaint was received.</source>
        <translation>联系顾客的时间不能早于投诉受理时间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say how the complaint was resolved.</source>
        <translation>请填写投诉的解决方式。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint %1 is %2 already.</source>
        <translation>投诉 %1 已是“%2”状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint cannot be resolved before it was received.</source>
        <translation>投诉的解决时间不能早于受理时间。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The customer&apos;s satisfaction is from 1 to 5.</source>
        <translation>顾客满意度为 1 至 5 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the customer&apos;s word could not be had.</source>
        <translation>请说明为何未能取得顾客反馈。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaint %1 is closed once it is resolved; it is %2.</source>
        <translation>投诉 %1 须先解决才能结案；当前状态为“%2”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the complaint is reopened.</source>
        <translation>请说明重新打开投诉的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaint %1 is still open.</source>
        <translation>投诉 %1 仍未结束。</translation>
    </message>
</context>
<context>
    <name>ControlChart</name>
    <message>
        <location filename="../ui/charts/controlchart.cpp" line="+394"/>
        <source>X̄, %</source>
        <translation>X̄，%</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+303"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Target %1 · warning %2 · alarm %3</source>
        <translation>目标值 %1 · 预警值 %2 · 报警值 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target for this indicator here</source>
        <translation>此处该指标没有目标值</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>R, % points</source>
        <translation>R，百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S, % points</source>
        <translation>S，百分点</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>per 1,000 interactions</source>
        <translation>每千次客户交互</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too few weeks with cases for a control chart</source>
        <translation>有样本的周数太少，无法绘制控制图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits from the weeks %1 to %2 (green bar)%3</source>
        <translation>控制限取自 %1 至 %2 各周（绿色条）%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, set by a user</source>
        <translation>，由用户设定</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csvreader.cpp" line="+58"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file ends in the middle of a character: it may have been cut off</source>
        <translation>文件在一个字符中间结束：文件可能被截断</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file holds a NUL character here: it is not a text file, or it is damaged</source>
        <translation>文件此处含有 NUL 字符：它不是文本文件，或已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>the file is neither UTF-8 nor GB18030 text here; save it again as UTF-8 (CSV UTF-8 in Excel)</source>
        <translation>文件此处既不是 UTF-8 也不是 GB18030 文本；请另存为 UTF-8（Excel 中的“CSV UTF-8”）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the file is not valid UTF-8 here; if it was saved by Excel on a Chinese system, choose the GB18030 encoding</source>
        <translation>此处不是有效的 UTF-8 文本；如果文件由中文系统上的 Excel 保存，请选择 GB18030 编码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid GB18030 text here</source>
        <translation>此处不是有效的 GB18030 文本</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>field %1: unexpected character &quot;%2&quot; after a closing quote</source>
        <translation>第 %1 个字段：闭合引号后出现意外字符“%2”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/transactionguard.cpp" line="+66"/>
        <location line="+6"/>
        <source>No transaction is open.</source>
        <translation>没有打开的事务。</translation>
    </message>
    <message>
        <location filename="../core/database.cpp" line="+117"/>
        <location line="+25"/>
        <source>%1 is an SQLite database but not a ServQA workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是 ServQA 工作区。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is an empty SQLite database, not a ServQA workspace.</source>
        <translation>%1 是空的 SQLite 数据库，不是 ServQA 工作区。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+340"/>
        <source>%1 was saved by a newer version of ServQA (workspace format %2; this version reads up to %3). Update ServQA to open it.</source>
        <translation>%1 由更新版本的 ServQA 保存（工作区格式 %2；本版本最高支持 %3）。请升级 ServQA 后再打开。</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+4"/>
        <location line="+28"/>
        <source>Database error in %1: %2</source>
        <translation>%1 数据库错误：%2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is busy: another ServQA window or servqa-cli is writing to it (an import, perhaps). Nothing was changed; try again when it has finished.</source>
        <translation>%1 正忙：另一个 ServQA 窗口或 servqa-cli 正在写入（可能在导入）。未做任何更改；请在其完成后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be changed: the file, its folder or its disk is read-only, or ServQA opened it read-only. Nothing was changed. Copy it to a folder you can write to.</source>
        <translation>%1 无法修改：文件、所在文件夹或磁盘为只读，或 ServQA 以只读方式打开了它。未做任何更改。请将其复制到可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: the file or its folder cannot be read or written here. Check its permissions, whether the disk or share is read-only, and that the folder still exists.</source>
        <translation>无法打开 %1：此处无法读写该文件或其文件夹。请检查权限、磁盘或共享是否只读，以及文件夹是否仍然存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not a ServQA workspace (%2). ServQA does not write to it: open it read-only to copy out what can still be read, or restore it from a backup.</source>
        <translation>%1 已损坏或不是 ServQA 工作区（%2）。ServQA 不会写入它：可以只读方式打开以复制出仍可读取的内容，或从备份恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding %1 is full: nothing was saved. Free some space and try again.</source>
        <translation>%1 所在磁盘已满：未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading or writing %1 failed (%2): a disk or network error. Nothing was saved; check the disk and try again.</source>
        <translation>读写 %1 失败（%2）：磁盘或网络错误。未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a ServQA workspace file.</source>
        <translation>%1 是文件夹，不是 ServQA 工作区文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file, so it is not a ServQA workspace.</source>
        <translation>%1 不是普通文件，因此不是 ServQA 工作区。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty (0 bytes), so it is not a ServQA workspace.</source>
        <translation>%1 是空文件（0 字节），因此不是 ServQA 工作区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a ServQA workspace (it is not an SQLite database file).</source>
        <translation>%1 不是 ServQA 工作区（不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is open read-only (it is damaged): nothing can be changed in it.</source>
        <translation>%1 以只读方式打开（已损坏）：不能对其做任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was saved by an older version of ServQA (workspace format %2) and must be upgraded to format %3 before it can be read, which needs write access. Open it once where it can be written.</source>
        <translation>%1 由旧版 ServQA 保存（工作区格式 %2），需先升级到格式 %3 才能读取，而升级需要写入权限。请在可写入的位置打开一次。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1”不是服务器地址：请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This ServQA cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>此 ServQA 无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The database %1 has tables but is not a ServQA workspace: ServQA does not write to it.</source>
        <translation>数据库 %1 中已有数据表，但不是 ServQA 工作区：ServQA 不会写入其中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is a workspace of format %2, and this ServQA works on format %3: the database&apos;s owner upgrades it first, with servqa-cli server init (docs/team-mode.md). Until then, use the version of ServQA the team used before.</source>
        <translation>%1 是格式 %2 的工作区，而此版本 ServQA 使用格式 %3：须先由数据库所有者用 servqa-cli server init 升级（见 docs/team-mode.md）。在此之前，请继续使用团队之前所用的 ServQA 版本。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 could not be opened: the SQLite driver gave no connection.</source>
        <translation>无法打开 %1：SQLite 驱动程序未提供连接。</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+7"/>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation>将 %1 升级到格式 %2 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/interactionindex.cpp" line="+49"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The interactions&apos; text index was already moved into %1.</source>
        <translation>客户交互的搜索索引已移入 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The interactions&apos; text index of %1 was not built.</source>
        <translation>%1 的客户交互搜索索引未能建成。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The interactions&apos; text index of %1 was changed while it was being built.</source>
        <translation>%1 的客户交互搜索索引在生成期间被更改。</translation>
    </message>
    <message>
        <location filename="../core/listindexes.cpp" line="+220"/>
        <source>%1 holds a statement among the indexes to make again (servqa_meta, %2) that ServQA did not write; nothing of it was run: %3</source>
        <translation>%1 的待重建索引（servqa_meta，%2）中有一条不是 ServQA 写入的语句；其中的语句一条也没有执行：%3</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/demogenerator.cpp" line="+75"/>
        <source>The demo form %1 is missing from this build.</source>
        <translation>此版本缺少演示表单 %1。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Another demo is being built as %1: wait for it to finish, or build this one under another name.</source>
        <translation>另一个演示正在生成为 %1：请等它完成，或换一个名称生成本演示。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be created: its folder cannot be written to.</source>
        <translation>无法创建 %1：其所在文件夹不可写入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 already holds data; the demo needs an empty workspace.</source>
        <translation>%1 已有数据；演示数据需要空的工作区。</translation>
    </message>
    <message>
        <location filename="../core/demorecordings.cpp" line="+88"/>
        <source>espeak-ng could not voice a demo call: %1</source>
        <translation>espeak-ng 无法为示例通话配音：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>espeak-ng is not installed: the demo calls have no recordings (scripts/setup-deps.sh installs it).</source>
        <translation>未安装 espeak-ng：示例通话没有录音（scripts/setup-deps.sh 会安装它）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <location filename="../core/dimension.cpp" line="+32"/>
        <source>Tangibles</source>
        <translation>有形性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsiveness</source>
        <translation>响应性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assurance</source>
        <translation>保证性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>移情性</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../ui/disputedialogs.cpp" line="+70"/>
        <source>“%1” is not an answer to “%2”.</source>
        <translation>“%1”不是“%2”的有效答案。</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../core/evaluationrepository.cpp" line="+56"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>EvaluationDraft</name>
    <message>
        <location filename="../ui/evaluationdraft.cpp" line="+51"/>
        <source>Edit overall comment</source>
        <translation>编辑总体备注</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Answer “%1”</source>
        <translation>回答“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear “%1”</source>
        <translation>清除“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comment on “%1”</source>
        <translation>备注“%1”</translation>
    </message>
</context>
<context>
    <name>EvaluationExport</name>
    <message>
        <location filename="../core/evaluationquery.cpp" line="+545"/>
        <location line="+32"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Evaluation ID</source>
        <translation>评估编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction time</source>
        <translation>交互时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent / employee</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>导出已取消；未写入 %1。</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <location filename="../core/evaluationrepository.cpp" line="+210"/>
        <location line="+19"/>
        <source>Evaluation %1 was not saved: it does not exist, or you may not change it.</source>
        <translation>评估 %1 未保存：它不存在，或您无权修改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+62"/>
        <location line="+12"/>
        <source>Evaluation %1 does not exist.</source>
        <translation>评估 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>EvaluationWorkflow</name>
    <message>
        <location filename="../core/evaluationworkflow.cpp" line="+99"/>
        <source>Evaluation %1 is %2; this step is not possible now.</source>
        <translation>评估 %1 当前为“%2”，现在不能执行此操作。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 version %2 is not active; evaluations use the active version of a form.</source>
        <translation>%1 版本 %2 未启用；评估只能使用表单的启用版本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interaction %1 does not exist.</source>
        <translation>客户交互 %1 不存在。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Only the inspector who started evaluation %1 can edit its draft.</source>
        <translation>只有开始评估 %1 的质检员才能编辑其草稿。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only the inspector who started evaluation %1 can submit it.</source>
        <translation>只有开始评估 %1 的质检员才能提交。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer these required items before submitting: %1</source>
        <translation>提交前请回答以下必答条目：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A measured value was changed without a comment saying why: %1</source>
        <translation>测得的数值被修改，但未在备注中说明原因：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only a manager or QA lead can acknowledge an evaluation.</source>
        <translation>只有门店经理/团队主管或质检主管才能确认评估。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only a manager or QA lead can dispute an evaluation.</source>
        <translation>只有门店经理/团队主管或质检主管才能对评估提出申诉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one item to dispute.</source>
        <translation>请至少选择一个要申诉的条目。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The form has no item &quot;%1&quot;.</source>
        <translation>表单中没有条目“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a note, not a scored item; it cannot be disputed.</source>
        <translation>“%1”是备注，不是计分条目，不能申诉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for disputing &quot;%1&quot;.</source>
        <translation>请填写申诉“%1”的理由。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Only a QA lead can resolve a dispute.</source>
        <translation>只有质检主管才能处理申诉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for the decision.</source>
        <translation>请填写处理理由。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dispute %1 has already been resolved by %2 at %3; your decision was not saved.</source>
        <translation>申诉 %1 已由 %2 于 %3 处理；您的决定未保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute %1 does not exist.</source>
        <translation>申诉 %1 不存在。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Dispute %1 has already been resolved.</source>
        <translation>申诉 %1 已处理。</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Evaluation %1 is %2 (last changed by %3 at %4); this step is not possible now.</source>
        <translation>评估 %1 当前为“%2”（最近由 %3 于 %4 更改），现在不能执行此操作。</translation>
    </message>
    <message>
        <location line="+425"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../core/feedbackrepository.cpp" line="+27"/>
        <source>A CSAT scale runs from 1 to 5, 7 or 10, not to %1.</source>
        <translation>满意度（CSAT）量表只能是 1 到 5、7 或 10，不能到 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The survey &quot;%1&quot; asks CSAT from 1 to %2; its answers cannot be imported on a scale to %3. Name another survey for the new scale.</source>
        <translation>问卷“%1”的满意度（CSAT）量表为 1 到 %2，不能按 1 到 %3 的量表导入。新量表请使用另一个问卷名称。</translation>
    </message>
</context>
<context>
    <name>FiveGaps</name>
    <message>
        <location filename="../core/fivegaps.cpp" line="+31"/>
        <source>Knowledge gap (gap 1)</source>
        <translation>认知差距（差距 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards gap (gap 2)</source>
        <translation>标准差距（差距 2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery gap (gap 3)</source>
        <translation>服务传递差距（差距 3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication gap (gap 4)</source>
        <translation>外部沟通差距（差距 4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer gap (gap 5)</source>
        <translation>顾客差距（差距 5）</translation>
    </message>
</context>
<context>
    <name>Fmea</name>
    <message>
        <location filename="../core/fmea.cpp" line="+40"/>
        <source>S %1 · O %2 · D %3, RPN %4, AP %5</source>
        <translation>S %1 · O %2 · D %3，RPN %4，AP %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A QA lead or an administrator keeps the service FMEA; %1 works as: %2.</source>
        <translation>服务 FMEA 由质检主管或管理员维护；%1 当前身份：%2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A failure mode needs its process, its step and what goes wrong.</source>
        <translation>失效模式需要填写流程、步骤和失效内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Severity, occurrence and detection are rated from 1 to 10.</source>
        <translation>严重度、发生度和探测度的评分为 1 到 10。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The failure mode &quot;%1&quot; was changed since you opened it; look at it again before you change it.</source>
        <translation>自您打开后，失效模式“%1”已被修改；请重新查看后再修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rate a failure mode again after the action taken on it, as you saw it last: it has no action yet, or it was changed since.</source>
        <translation>请在针对失效模式采取措施后，按您最后看到的状态重新评分：它尚无措施，或之后已被修改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The failure mode was changed since you opened it; look at it again.</source>
        <translation>自您打开后，该失效模式已被修改；请重新查看。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Failure mode %1 is not in this workspace.</source>
        <translation>此工作区中没有失效模式 %1。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../core/form.cpp" line="+78"/>
        <source>Typed by the inspector</source>
        <translation>由质检员填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response time of the interaction</source>
        <translation>客户交互的首次响应时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle time (duration) of the interaction</source>
        <translation>客户交互的处理时长（通话/会话时长）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold time of the interaction</source>
        <translation>客户交互的保持时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at first contact</source>
        <translation>首次联络即解决</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes / No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / No / N/A</source>
        <translation>是/否/不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating 1–5</source>
        <translation>评分 1–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating 1–7</source>
        <translation>评分 1–7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale 0–10</source>
        <translation>量表 0–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number with target range</source>
        <translation>数值（目标区间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed time against SLA</source>
        <translation>用时（对照 SLA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text (not scored)</source>
        <translation>自由文本（不计分）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>FormJson</name>
    <message>
        <location filename="../core/formjson.cpp" line="+19"/>
        <source>%1, line %2: invalid JSON (%3).</source>
        <translation>%1，第 %2 行：JSON 无效（%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a form needs a code</source>
        <translation>表单需要编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a form needs a name</source>
        <translation>表单需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pass mark must be 0–100</source>
        <translation>合格线必须在 0–100 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a form needs at least one section</source>
        <translation>表单至少需要一个部分</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>missing key</source>
        <translation>缺少键</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>键“%1”重复使用</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>a weight cannot be negative</source>
        <translation>权重不能为负</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weight cannot be more than %L1</source>
        <translation>权重不能超过 %L1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the text holds a NUL character (a damaged or binary file?)</source>
        <translation>文本含有 NUL 字符（文件已损坏或是二进制文件？）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>an item needs a text</source>
        <translation>条目需要文字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a numeric item needs targetMin, targetMax or both</source>
        <translation>数值条目需要 targetMin、targetMax 或两者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>targetMin is larger than targetMax</source>
        <translation>targetMin 大于 targetMax</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an elapsed-time item needs a positive SLA in seconds</source>
        <translation>用时条目需要以秒为单位的正数 SLA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;resolved&quot; fills yes/no items only</source>
        <translation>“resolved”（是否解决）只能填入是/否条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time measured from the interaction fills elapsed or numeric items only</source>
        <translation>从客户交互测得的时长只能填入时长或数值条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a store-visit checklist has no interaction to measure from</source>
        <translation>暗访检查表没有可供测量的客户交互</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the form must be a JSON object.</source>
        <translation>%1：表单必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not scorecard or checklist</source>
        <translation>“%1”不是 scorecard 或 checklist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not draft, active or retired</source>
        <translation>“%1”不是 draft、active 或 retired</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not standard, bonus or critical</source>
        <translation>“%1”不是 standard、bonus 或 critical</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a measure (first_response, handle_time, hold_time, resolved)</source>
        <translation>“%1”不是可用的测量来源（first_response、handle_time、hold_time、resolved）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an item type (yesno, yesno_na, rating5, rating7, scale10, numeric, elapsed, text)</source>
        <translation>“%1”不是条目类型（yesno、yesno_na、rating5、rating7、scale10、numeric、elapsed、text）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a SERVQUAL dimension (tangibles, reliability, responsiveness, assurance, empathy)</source>
        <translation>“%1”不是 SERVQUAL 维度（tangibles、reliability、responsiveness、assurance、empathy）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: expected an object with an &quot;answers&quot; object inside.</source>
        <translation>%1：应为包含“answers”对象的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the form has no item &quot;%1&quot;</source>
        <translation>表单中没有条目“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true or false answers only a yes/no item</source>
        <translation>true 或 false 只能用于是/否条目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not yes, no, na or a number</source>
        <translation>“%1”不是 yes、no、na 或数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected yes, no, na, a number or text</source>
        <translation>应为 yes、no、na、数字或文本</translation>
    </message>
</context>
<context>
    <name>FormRepository</name>
    <message>
        <location filename="../core/formrepository.cpp" line="+218"/>
        <source>Version %1 of “%2” was saved by %3 at %4 after you opened it: your changes were not saved over theirs.</source>
        <translation>表单“%2”第 %1 版在你打开之后已由 %3 于 %4 保存：你的修改没有覆盖对方的修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 of “%2” was saved elsewhere after you opened it: your changes were not saved over theirs.</source>
        <translation>表单“%2”第 %1 版在你打开之后已在别处保存：你的修改没有覆盖对方的修改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+60"/>
        <source>Form version %1 does not exist.</source>
        <translation>表单版本 %1 不存在。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A published version cannot become a draft again; save an edit as a new version.</source>
        <translation>已发布的版本不能改回草稿；请将修改保存为新版本。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../ui/formatting.cpp" line="+28"/>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>a name and what tells it apart</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (SLA %2)</source>
        <translation>%1（SLA %2）</translation>
    </message>
    <message>
        <location filename="../ui/disputedialogs.cpp" line="-16"/>
        <location filename="../ui/formatting.cpp" line="-15"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/importfields.cpp" line="+41"/>
        <source>Sites (stores and teams)</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff (agents and employees)</source>
        <translation>员工（坐席和店员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVQUAL survey responses</source>
        <translation>SERVQUAL 问卷答卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback after a contact (CSAT, NPS, CES)</source>
        <translation>服务后客户评价（CSAT、NPS、CES）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts with times (CSV, a turn per row, or JSON; for interactions already imported)</source>
        <translation>带时间的转写文本（CSV 每行一个话轮，或 JSON；用于已导入的客户交互）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (store / team)</source>
        <translation>类型（门店/团队）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent site code</source>
        <translation>上级门店/团队编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site code</source>
        <translation>门店/团队编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source system</source>
        <translation>来源系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff code</source>
        <translation>员工工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer reference</source>
        <translation>客户标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response (s)</source>
        <translation>首次响应（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold time (s)</source>
        <translation>保持时长（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time (s)</source>
        <translation>解决时长（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response ID</source>
        <translation>回访编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction (external ID)</source>
        <translation>客户交互（外部编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction&apos;s source system</source>
        <translation>客户交互的来源系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT (satisfaction)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS (0–10)</source>
        <translation>推荐意愿（NPS，0–10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES (1–7)</source>
        <translation>客户费力度（CES，1–7）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording file</source>
        <translation>录音文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker (agent / customer / system)</source>
        <translation>说话人（坐席 / 客户 / 系统）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (s from the beginning)</source>
        <translation>开始（距开头秒数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End (s from the beginning)</source>
        <translation>结束（距开头秒数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words spoken or written</source>
        <translation>所说或所写的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent ID</source>
        <translation>受访者编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered at</source>
        <translation>填写时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance: tangibles</source>
        <translation>重要性：有形性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance: reliability</source>
        <translation>重要性：可靠性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance: responsiveness</source>
        <translation>重要性：响应性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance: assurance</source>
        <translation>重要性：保证性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance: empathy</source>
        <translation>重要性：移情性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expectation, item %1</source>
        <translation>期望，第 %1 题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perception, item %1</source>
        <translation>感知，第 %1 题</translation>
    </message>
    <message>
        <location filename="../core/importrow.cpp" line="+56"/>
        <source>%1, … (%2 columns in all)</source>
        <translation>%1，…（共 %2 列）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1，第 %2 行，第 %3 列（%4）：%5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a value is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a whole number of seconds</source>
        <translation>“%1”不是整数秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an answer from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的回答</translation>
    </message>
    <message>
        <location filename="../core/csvimporter.cpp" line="+115"/>
        <location line="+74"/>
        <location filename="../core/transcriptimport.cpp" line="+270"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is empty: expected a header line and data rows.</source>
        <translation>%1 是空文件：应包含表头行和数据行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the column mapping does not fit this kind of import.</source>
        <translation>%1：列映射与此导入类型不符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: column %2 mapped to &quot;%3&quot; is not in the file.</source>
        <translation>%1：映射到“%3”的第 %2 列不在文件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: the required column &quot;%3&quot; is missing (the header has: %4).</source>
        <translation>%1，第 %2 行：缺少必需的列“%3”（表头为：%4）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: name the survey wave these responses belong to.</source>
        <translation>%1：请填写这些答卷所属的调查批次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: name the survey these answers belong to.</source>
        <translation>%1：请指定这些回答所属的问卷。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, line %2: %3 fields, but the header has %4. Check for a missing or extra comma, or an unclosed quote.</source>
        <translation>%1，第 %2 行：有 %3 个字段，但表头有 %4 个。请检查是否缺少或多出逗号，或有未闭合的引号。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not store or team</source>
        <translation>“%1”不是门店或团队</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no site with code &quot;%1&quot;; import the sites first</source>
        <translation>不存在编码为“%1”的门店/团队；请先导入门店/团队</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a complaint cannot be received later than now</source>
        <translation>投诉受理时间不能晚于现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint &quot;%1&quot; is on line %2 already</source>
        <translation>投诉“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <location filename="../core/complaintimport.cpp" line="+32"/>
        <location filename="../core/csvimporter.cpp" line="-56"/>
        <location filename="../core/feedbackimport.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a channel (call, chat, email, visit, social)</source>
        <translation>“%1”不是渠道（电话、在线客服、邮件、到店、社交媒体）</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../core/csvimporter.cpp" line="+5"/>
        <location line="+85"/>
        <location line="+59"/>
        <location filename="../core/feedbackimport.cpp" line="-6"/>
        <source>there is no site with code &quot;%1&quot;</source>
        <translation>不存在编码为“%1”的门店/团队</translation>
    </message>
    <message>
        <location filename="../core/csvimporter.cpp" line="-139"/>
        <source>there is no staff member with code &quot;%1&quot;</source>
        <translation>不存在工号为“%1”的员工</translation>
    </message>
    <message>
        <location filename="../core/complaintimport.cpp" line="-7"/>
        <location filename="../core/csvimporter.cpp" line="+7"/>
        <location line="+77"/>
        <location filename="../core/feedbackimport.cpp" line="+32"/>
        <source>&quot;%1&quot; is not a date and time (use 2024-03-05 14:30 or 2024/3/5 14:30)</source>
        <translation>“%1”不是日期时间（请使用 2024-03-05 14:30 或 2024/3/5 14:30）</translation>
    </message>
    <message>
        <location filename="../core/csvimporter.cpp" line="+11"/>
        <source>&quot;%1&quot; is not an answer from 1 to 7</source>
        <translation>“%1”不是 1 到 7 之间的答案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number of points</source>
        <translation>“%1”不是有效的分值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the importance points must be given for all five dimensions and add up to 100 (they add up to %1)</source>
        <translation>五个维度的重要性分值都必须填写且合计为 100（现合计为 %1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+43"/>
        <location filename="../core/transcriptimport.cpp" line="+12"/>
        <source>Import of %1 cancelled; nothing was written.</source>
        <translation>已取消导入 %1；未写入任何数据。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 只有表头，没有数据行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a site cannot be its own parent</source>
        <translation>门店/团队不能是自己的上级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the parents go round in a loop (%1)</source>
        <translation>上级关系形成循环（%1）</translation>
    </message>
    <message>
        <location filename="../core/complaintimport.cpp" line="+24"/>
        <location filename="../core/feedbackimport.cpp" line="-16"/>
        <location filename="../core/transcriptimport.cpp" line="-173"/>
        <source>there is no interaction &quot;%1&quot; from &quot;%2&quot;; import the interactions first</source>
        <translation>来源“%2”中没有客户交互“%1”；请先导入客户交互</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/feedbackimport.cpp" line="+4"/>
        <source>the interaction &quot;%1&quot; took place at another site</source>
        <translation>客户交互“%1”发生在另一门店/团队</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the interaction the complaint is about, or the site code</source>
        <translation>请给出投诉所针对的客户交互，或门店/团队编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the channel the complaint came in by (call, chat, email, visit, social)</source>
        <translation>请填写投诉渠道（call、chat、email、visit、social）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a complaint category (%2)</source>
        <translation>“%1”不是投诉类别（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a severity (low, medium, high, critical)</source>
        <translation>“%1”不是严重程度（low、medium、high、critical）</translation>
    </message>
    <message>
        <location filename="../core/feedbackimport.cpp" line="+2"/>
        <source>the interaction &quot;%1&quot; is on another channel (%2)</source>
        <translation>客户交互“%1”属于另一渠道（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the interaction the answers are about, or the site code</source>
        <translation>请给出回答所针对的客户交互，或门店/团队编码</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the row has no answer: give CSAT, NPS or CES</source>
        <translation>该行没有回答：请给出 CSAT、NPS 或 CES</translation>
    </message>
    <message>
        <location filename="../core/transcriptimport.cpp" line="-7"/>
        <source>name the interaction (its external ID)</source>
        <translation>请指明客户交互（其外部编号）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a speaker (agent, customer or system, or a speaker word of this workspace: %2, %3, %4)</source>
        <translation>“%1”不是说话人（应为 agent、customer 或 system，或本工作区的说话人称呼：%2、%3、%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days</source>
        <translation>请使用距开头的秒数，如 65.5，或 1:05.5、0:01:05，最长 30 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a time (%2)</source>
        <translation>“%1”不是时间（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a turn with an end needs its start too</source>
        <translation>有结束时间的话轮也需要开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the turn ends at %1, before it starts (%2)</source>
        <translation>该话轮结束于 %1，早于其开始时间（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the turn starts at %1, before the turn before it in &quot;%2&quot; (%3); give the turns in the order they were said</source>
        <translation>该话轮开始于 %1，早于“%2”中前一个话轮的开始时间（%3）；请按说话的先后顺序给出话轮</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a turn needs its words</source>
        <translation>话轮需要有内容</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, line %2: not JSON: %3.</source>
        <translation>%1，第 %2 行：不是 JSON：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a ServQA transcripts file: its &quot;format&quot; is not &quot;%2&quot;.</source>
        <translation>%1 不是 ServQA 转写文本文件：其“format”不是“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(top)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of at least one transcript is needed</source>
        <translation>需要至少包含一份转写文本的列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each transcript is an object with &quot;interaction&quot; and &quot;turns&quot;</source>
        <translation>每份转写文本应是含“interaction”和“turns”的对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the interaction&apos;s external ID, as text</source>
        <translation>应为客户交互的外部编号（文本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interaction&apos;s source system, as text</source>
        <translation>应为客户交互的来源系统（文本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a list of at least one turn is needed</source>
        <translation>需要至少包含一个话轮的列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each turn is an object with &quot;speaker&quot;, &quot;start&quot;, &quot;end&quot; and &quot;text&quot;</source>
        <translation>每个话轮应是含“speaker”“start”“end”和“text”的对象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a text or a number of seconds is needed here</source>
        <translation>此处需要文本或秒数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is %2 MB; a JSON transcripts file is at most %3 MB (a CSV file of turns has no limit).</source>
        <translation>%1 有 %2 MB；JSON 转写文本文件最大 %3 MB（话轮 CSV 文件无此限制）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="+387"/>
        <source>Imported %1: %2 rows, %3 new complaints, %4 already in the workspace (left as they were).</source>
        <translation>已导入 %1：%2 行，新投诉 %3 件，工作区中已有 %4 件（保持不变）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 — turns: %2; transcripts replaced: %3.</source>
        <translation>已导入 %1——话轮：%2；替换的转写文本：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1: %2 rows, %3 new, %4 updated.</source>
        <translation>已导入 %1：%2 行，新增 %3，更新 %4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import is kept, but screening it failed: %1</source>
        <translation>导入已保留，但筛查失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening was stopped after %1 of %2 interactions.</source>
        <translation>筛查在 %2 条客户交互中的第 %1 条后停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screened: %1 flagged as a risk.</source>
        <translation>已筛查：%1 条标记为风险。</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <location filename="../core/indicators.cpp" line="+28"/>
        <source>Customer satisfaction (CSAT, top two boxes)</source>
        <translation>客户满意度（CSAT，前两档占比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT mean (1–5)</source>
        <translation>满意度均值（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer effort (CES mean, 1–7)</source>
        <translation>客户费力度（CES 均值，1–7）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response on time</source>
        <translation>首次响应及时率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on time</source>
        <translation>按时解决率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations passed</source>
        <translation>质检合格率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mystery-shop compliance</source>
        <translation>神秘顾客暗访达标率</translation>
    </message>
    <message>
        <location filename="../core/indicatortargets.cpp" line="+87"/>
        <source>The levels must go down from the target to the warning to the alarm (%1 ≥ %2 ≥ %3).</source>
        <translation>各级阈值须从目标值、预警值到报警值依次降低（%1 ≥ %2 ≥ %3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a time limit in seconds; the other indicators have none.</source>
        <translation>%1 需要以秒为单位的时限；其他指标没有时限。</translation>
    </message>
</context>
<context>
    <name>IndicatorPresets</name>
    <message>
        <location filename="../core/indicatorpresets.cpp" line="+30"/>
        <source>Online customer service: first reply within 30 s</source>
        <translation>在线客服：30 秒内首次回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel enquiries answered within 2 h; cold-chain exceptions handled within 30 min</source>
        <translation>快递查询 2 小时内答复；冷链异常 30 分钟内开始处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-sales repair on site within 24 h</source>
        <translation>售后维修 24 小时内上门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retail complaints: responded within 24 h, resolved within 48 h</source>
        <translation>零售投诉：24 小时内响应，48 小时内解决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution rate at least 95 %, customer satisfaction at least 90 %</source>
        <translation>解决率不低于 95%，客户满意度不低于 90%</translation>
    </message>
</context>
<context>
    <name>IndicatorShort</name>
    <message>
        <location filename="../ui/indicatortexts.cpp" line="-61"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT mean</source>
        <translation>满意度均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES</source>
        <translation>费力度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FCR</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations passed</source>
        <translation>质检合格率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mystery shop</source>
        <translation>暗访达标率</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../core/indicatortargets.cpp" line="-15"/>
        <source>Only a QA lead or an administrator sets the service targets and the run rules; %1 works as: %2.</source>
        <translation>只有质检主管或管理员可以设置服务指标目标值和判异规则；%1 的身份是：%2。</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../ui/indicatortexts.cpp" line="+8"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/integrity.cpp" line="+133"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged: %2. ServQA does not write to a damaged workspace or report from it. Open it in ServQA read-only to copy out what can still be read, or restore it from a backup (File ▸ Restore from Backup…).</source>
        <translation>%1 已损坏：%2。ServQA 不会写入已损坏的工作区，也不会据此生成报告。请在 ServQA 中以只读方式打开，复制出仍可读取的内容，或从备份恢复（文件 ▸ 从备份恢复…）。</translation>
    </message>
</context>
<context>
    <name>KeptDrafts</name>
    <message>
        <location filename="../core/keptdrafts.cpp" line="+122"/>
        <source>Cannot make the folder %1 to keep the draft in.</source>
        <translation>无法创建用于保留草稿的文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot keep the draft in %1: %2</source>
        <translation>无法把草稿保留到 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the draft on the server was saved after it, and is not overwritten.</source>
        <translation>服务器上的草稿是在此之后保存的，不会被覆盖。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A draft kept on this computer on %1 was not saved: %2
It stays in %3.</source>
        <translation>%1 保留在本机的一份草稿未能保存：%2
它仍保存在 %3。</translation>
    </message>
</context>
<context>
    <name>LocalDays</name>
    <message>
        <location filename="../core/localdays.cpp" line="+102"/>
        <source>%1: the workspace&apos;s time zone %2 has no offsets from UTC stored.</source>
        <translation>%1：工作区的时区 %2 未存有与 UTC 的时差。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is not a time zone this machine knows.</source>
        <translation>%1 不是本机已知的时区。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="+30"/>
        <source>ServQA — service-quality inspection</source>
        <translation>ServQA — 服务质量检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo workspace, building it on first use.</source>
        <translation>打开演示工作区（首次使用时生成）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language for this run: en or zh_CN.</source>
        <translation>本次运行的界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file to open.</source>
        <translation>要打开的工作区文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindowdemo.cpp" line="+49"/>
        <location line="+7"/>
        <source>Building the demo was cancelled.</source>
        <translation>已取消生成演示工作区。</translation>
    </message>
</context>
<context>
    <name>NetPromoter</name>
    <message>
        <location filename="../core/nps.cpp" line="+14"/>
        <source>There are no answers to compute a Net Promoter Score from.</source>
        <translation>没有可用于计算净推荐值（NPS）的回答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an answer on the 0–10 scale.</source>
        <translation>%1 不是 0–10 量表上的回答。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../core/outputfile.cpp" line="+38"/>
        <source>No file name was given for the output.</source>
        <translation>未指定输出文件名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the open workspace (or one of its files): writing there would destroy it. Choose another file name.</source>
        <translation>%1 是当前打开的工作区（或其文件之一）：写入会毁掉它。请另选文件名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 belongs to the database %2 (a ServQA workspace, perhaps): ServQA will not write there. Choose another file name.</source>
        <translation>%1 属于数据库 %2（可能是 ServQA 工作区）：ServQA 不会写到那里。请另选文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 是文件夹：请给出文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an ordinary file (a device or a pipe, say): ServQA writes only to ordinary files.</source>
        <translation>%1 不是普通文件（例如设备或管道）：ServQA 只写入普通文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a database (a ServQA workspace, perhaps): ServQA will not write over it. Choose another file name.</source>
        <translation>%1 是数据库（可能是 ServQA 工作区）：ServQA 不会覆盖它。请另选文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: the disk is full (%2 free, %3 needed). The file that was there before is unchanged.</source>
        <translation>无法写入 %1：磁盘已满（剩余 %2，需要 %3）。原有文件未被改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2. The file that was there before is unchanged.</source>
        <translation>无法写入 %1：%2。原有文件未被改动。</translation>
    </message>
</context>
<context>
    <name>Pdca</name>
    <message>
        <location filename="../core/pdca.cpp" line="+49"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act</source>
        <translation>处理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action added</source>
        <translation>加入措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doing</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made a standard</source>
        <translation>纳入标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another cycle</source>
        <translation>开始下一轮</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A QA lead or an administrator runs improvement cycles; %1 works as: %2.</source>
        <translation>改进循环由质检主管或管理员推进；%1 当前身份：%2。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Say what the cycle is to achieve.</source>
        <translation>请说明此循环要达成的目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the measure the cycle is to move: it is checked on it.</source>
        <translation>请选择此循环要改善的衡量指标：检查时以它为准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the item whose failure rate the action is meant to lower.</source>
        <translation>请选择该措施要降低其不合格率的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a mean without its spread kept: choose a share or the NPS.</source>
        <translation>%1 是均值，未保存其离散程度：请选择比例类指标或 NPS。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The baseline is a period already over, from its first day to its last.</source>
        <translation>基线必须是已结束的期间，且开始日期不晚于结束日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who owns the cycle.</source>
        <translation>请选择循环负责人。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Cycle %1 was changed since you opened it; look at it again.</source>
        <translation>自您打开后，循环 %1 已被修改；请重新查看。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cycle %1 is past its Do: start another cycle for more actions.</source>
        <translation>循环 %1 已过执行阶段：如需更多措施请开始下一轮。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action %1 belongs to a cycle already.</source>
        <translation>措施 %1 已属于某个循环。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of improvement cycle %1: %2</source>
        <translation>纳入改进循环 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cycle %1 is at %2 already.</source>
        <translation>循环 %1 已处于%2阶段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the actions the cycle will take before it starts doing them.</source>
        <translation>开始执行前，请先加入此循环要采取的措施。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycle %1 is checked once its actions are under way; it is at %2.</source>
        <translation>循环 %1 需在措施实施后才能检查；它目前处于%2阶段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check period starts after the baseline ends, and runs from its first day to its last.</source>
        <translation>检查期间必须在基线结束之后开始，且开始日期不晚于结束日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check period runs to %1: check it when that day is over.</source>
        <translation>检查期间截至 %1：请在该日结束后再检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are too few cases to compare (%1 in the baseline, %2 now): choose a longer check period.</source>
        <translation>样本太少，无法比较（基线 %1，目前 %2）：请选择更长的检查期间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → %2 (target %3, %4), p %5</source>
        <translation>%1 → %2（目标 %3，%4），p %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Act either way: make the way of working a standard, or start another cycle.</source>
        <translation>请二选一：将做法纳入标准，或开始下一轮循环。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 acts on its check; it is at %2.</source>
        <translation>循环 %1 需在检查后处理；它目前处于%2阶段。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no such service standard; choose one of the register&apos;s.</source>
        <translation>没有该服务标准；请从标准登记册中选择。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Improvement cycle %1 is not in this workspace.</source>
        <translation>此工作区中没有改进循环 %1。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../core/clirunner.cpp" line="-476"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <location filename="../ui/report/reportcli.cpp" line="+45"/>
        <source>There is no site with code or id &quot;%1&quot;.</source>
        <translation>没有编码或 id 为“%1”的门店/团队。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no agent with code or id &quot;%1&quot;.</source>
        <translation>没有编码或 id 为“%1”的坐席。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>report needs --db, --kind and --out.</source>
        <translation>report 需要 --db、--kind 和 --out。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report --kind %1 needs --id.</source>
        <translation>report --kind %1 需要 --id。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report --kind batch needs --region.</source>
        <translation>report --kind batch 需要 --region。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no region &quot;%1&quot; in %2 (its regions: %3).</source>
        <translation>%2 中没有区域“%1”（现有区域：%3）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--id: &quot;%1&quot; is not an evaluation number.</source>
        <translation>--id：“%1”不是评估编号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--id: &quot;%1&quot; is not a visit number.</source>
        <translation>--id：“%1”不是暗访编号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--id: &quot;%1&quot; is not a calibration session number.</source>
        <translation>--id：“%1”不是校准会编号。</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>There is no survey wave &quot;%1&quot;.</source>
        <translation>没有名为“%1”的调查批次。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Usage:
  servqa-cli report --db WORKSPACE --kind evaluation|visit|store|agent|gap|indicators|screening|calibration|complaint|actions|batch [--id ID|CODE] [--region REGION] [--from YYYY-MM-DD --to YYYY-MM-DD] [--wave NAME] [--by NAME] [--pdfa] [--lang en|zh_CN] --out FILE.pdf|FOLDER
  evaluation / visit / calibration: --id is the evaluation&apos;s, visit&apos;s or calibration session&apos;s number; complaint: the complaint&apos;s reference (TS-…); store / agent: the site&apos;s or agent&apos;s code (or id);
  gap, indicators, screening, actions: --region, or --id for one site, or neither for all sites; batch: one store PDF per store of --region into the folder --out. The period defaults to last month.
</source>
        <translation>用法：
  servqa-cli report --db 工作区 --kind evaluation|visit|store|agent|gap|indicators|screening|calibration|complaint|actions|batch [--id 编号|编码] [--region 区域] [--from YYYY-MM-DD --to YYYY-MM-DD] [--wave 批次] [--by 姓名] [--pdfa] [--lang en|zh_CN] --out 文件.pdf|文件夹
  evaluation / visit / calibration：--id 为评估、暗访或校准会的编号；complaint：投诉单号（TS-…）；store / agent：门店/团队或坐席的编码（或 id）；
  gap、indicators、screening、actions：--region，或用 --id 指定一个门店/团队，或都不指定表示全部；batch：为 --region 的每家门店生成一份 PDF，写入文件夹 --out。期间默认为上个月。
</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1 of %2 stores</source>
        <translation>第 %1 / %2 家门店</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/report/reportdocument.cpp" line="+439"/>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>无法写入 %1：无法开始生成 PDF。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Generated by %1 on %2 with ServQA</source>
        <translation>由 %1 于 %2 使用 ServQA 生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot draw the report for %1.</source>
        <translation>无法绘制 %1 的报告。</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../ui/reportjob.cpp" line="+60"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <location filename="../core/surveysums.cpp" line="+274"/>
        <source>the survey sums</source>
        <translation>问卷汇总</translation>
    </message>
    <message>
        <location filename="../core/rollups.cpp" line="+359"/>
        <source>%1: could not start rebuilding %2.</source>
        <translation>%1：无法开始重建%2。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the promises&apos; counts</source>
        <translation>承诺的计数</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the delivery gap&apos;s sums</source>
        <translation>服务传递差距的汇总</translation>
    </message>
    <message>
        <location filename="../core/indicatorrollups.cpp" line="+188"/>
        <source>the indicators&apos; sums</source>
        <translation>指标汇总</translation>
    </message>
    <message>
        <location filename="../core/screeningrollup.cpp" line="+108"/>
        <source>the screening&apos;s sums</source>
        <translation>智能质检汇总</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../core/workqueue.cpp" line="+60"/>
        <source>Choose at least one inspector to assign the sample to.</source>
        <translation>请至少选择一名质检员来分配抽样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a number per agent or a percentage between 0 and 100.</source>
        <translation>请填写每名坐席的抽样数量，或 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample period is empty.</source>
        <translation>抽样期间为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The flagged share must be between 0 and 100 %, at a risk from low to critical.</source>
        <translation>标记样本占比须在 0 到 100 % 之间，风险等级须在低到紧急之间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Form %1 does not exist.</source>
        <translation>表单 %1 不存在。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>This interaction is already in %1&apos;s work queue.</source>
        <translation>此客户交互已在 %1 的工作队列中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The interaction could not be assigned.</source>
        <translation>无法分配该客户交互。</translation>
    </message>
</context>
<context>
    <name>ScoreEngine</name>
    <message>
        <location filename="../core/scoreengine.cpp" line="+60"/>
        <source>item &quot;%1&quot; cannot be answered N/A</source>
        <translation>条目“%1”不能选“不适用”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item &quot;%1&quot; has no value</source>
        <translation>条目“%1”没有值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item &quot;%1&quot;: the value is not a number</source>
        <translation>条目“%1”：值不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item &quot;%1&quot;: %2 is not a whole number from %3 to %4</source>
        <translation>条目“%1”：%2 不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>item &quot;%1&quot; takes yes or no</source>
        <translation>条目“%1”只接受“是”或“否”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>item &quot;%1&quot;: an elapsed time cannot be negative</source>
        <translation>条目“%1”：用时不能为负</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../core/scorecard.cpp" line="+277"/>
        <source>There is no site with id %1.</source>
        <translation>没有 id 为 %1 的门店/团队。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no agent with id %1.</source>
        <translation>没有 id 为 %1 的坐席。</translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="+39"/>
        <source>SLA ≤ %1</source>
        <translation>SLA ≤ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target %1–%2</source>
        <translation>目标 %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target ≤ %1</source>
        <translation>目标 ≤ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target ≥ %1</source>
        <translation>目标 ≥ %1</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../core/screening.cpp" line="+33"/>
        <source>Rule set %1 version %2 in the workspace cannot be read: %3</source>
        <translation>无法读取工作区中的规则集 %1 第 %2 版：%3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rule set %1 is not in this workspace.</source>
        <translation>此工作区中没有规则集 %1。</translation>
    </message>
    <message>
        <location filename="../core/screeningpass.cpp" line="+291"/>
        <source>Rule set %1 is not stored in the workspace: store it before its results are.</source>
        <translation>规则集 %1 尚未保存到工作区：保存其结果前须先保存规则集。</translation>
    </message>
    <message>
        <location filename="../core/screening.cpp" line="+154"/>
        <source>%1 — not found</source>
        <translation>%1 — 未发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — matched</source>
        <translation>%1 — 命中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — matched «%2»</source>
        <translation>%1 — 命中「%2」</translation>
    </message>
</context>
<context>
    <name>ScreeningCli</name>
    <message>
        <location filename="../core/screeningcli.cpp" line="+78"/>
        <source>The workspace: a file or a server&apos;s URL.</source>
        <translation>工作区：文件或服务器地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule set file (JSON) to run instead of the workspace&apos;s active rule sets; stored as the next version of its code unless --dry-run.</source>
        <translation>用此规则集文件（JSON）代替工作区中启用的规则集运行；除非指定 --dry-run，它会保存为该编码的下一个版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day of the interactions screened (default: the first).</source>
        <translation>筛查的客户交互的第一天（默认：最早一天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day of the interactions screened (default: the last).</source>
        <translation>筛查的客户交互的最后一天（默认：最近一天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count and compare only: nothing is written to the workspace.</source>
        <translation>只统计和比较：不向工作区写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the active rule set (the one for every channel, or of --code) to a file and screen nothing.</source>
        <translation>将启用的规则集（适用于所有渠道的那个，或 --code 指定的）写入文件，不进行筛查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export-rules: the code of the rule set written.</source>
        <translation>与 --export-rules 一起使用：要写出的规则集编码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--db is missing: which workspace to screen.</source>
        <translation>缺少 --db：要筛查哪个工作区。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1 “%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no active rule set for every channel; name one with --code.</source>
        <translation>%1 没有适用于所有渠道的启用规则集；请用 --code 指定一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no active rule set with the code &quot;%2&quot;.</source>
        <translation>%1 没有编码为“%2”的启用规则集。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule set %1 version %2 written to %3.</source>
        <translation>规则集 %1 第 %2 版已写入 %3。</translation>
    </message>
</context>
<context>
    <name>ScreeningRules</name>
    <message>
        <location filename="../core/screeningrules.cpp" line="+60"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1：未知字段“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.over must be a number of seconds or &quot;target&quot;.</source>
        <translation>%1.over 必须是秒数或 &quot;target&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.speaker must be agent, customer, system or anyone, not &quot;%2&quot;.</source>
        <translation>%1.speaker 必须是 agent、customer、system 或 anyone，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs one of &quot;first&quot; or &quot;last&quot;.</source>
        <translation>%1 需要 &quot;first&quot; 或 &quot;last&quot; 之一。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the number of turns or seconds must be above 0.</source>
        <translation>%1：轮次数或秒数必须大于 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.unit must be turns or seconds, not &quot;%2&quot;.</source>
        <translation>%1.unit 必须是 turns 或 seconds，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a list of at least one condition.</source>
        <translation>%1 必须是至少包含一个条件的列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <source>%1 must be a condition (an object).</source>
        <translation>%1 必须是一个条件（对象）。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has both &quot;%2&quot; and &quot;%3&quot;: a condition is one of them (combine them with &quot;all&quot; or &quot;any&quot;).</source>
        <translation>%1 同时含有 &quot;%2&quot; 和 &quot;%3&quot;：一个条件只能是其中之一（用 &quot;all&quot; 或 &quot;any&quot; 组合它们）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a condition: it needs one of %2.</source>
        <translation>%1 不是条件：需要以下之一：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a list of two conditions: the one that comes first, then the other.</source>
        <translation>%1 必须是两个条件的列表：先出现的那个在前，另一个在后。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a list of at least one phrase.</source>
        <translation>%1 必须是至少包含一个短语的列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.match must be any or all, not &quot;%2&quot;.</source>
        <translation>%1.match 必须是 any 或 all，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular expression: %2 (at character %3).</source>
        <translation>%1 不是正则表达式：%2（第 %3 个字符处）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be an object.</source>
        <translation>%1 必须是对象。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.over must be a number of seconds.</source>
        <translation>%1.over 必须是秒数。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1.field must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1.field 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.op must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1.op 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.value must be a number of seconds.</source>
        <translation>%1.value 必须是秒数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.op must be = or != for %2.</source>
        <translation>%2 的 %1.op 必须是 = 或 !=。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.value must be yes or no.</source>
        <translation>%1.value 必须是 yes 或 no。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.value must be a channel: call, chat, email, visit or social.</source>
        <translation>%1.value 必须是渠道：call、chat、email、visit 或 social。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.value is empty.</source>
        <translation>%1.value 为空。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 bytes; a rule set file is at most 1 MB.</source>
        <translation>%1 大小为 %2 字节；规则集文件最大 1 MB。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: not JSON: %2.</source>
        <translation>第 %1 行：不是 JSON：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a ServQA rule set: its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>不是 ServQA 规则集：其 &quot;format&quot; 不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>code: &quot;%1&quot; is not a code (1–40 of a–z, 0–9, - and _).</source>
        <translation>code：“%1”不是编码（1–40 个 a–z、0–9、- 和 _ 字符）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel must be call, chat, email, visit, social or all, not &quot;%1&quot;.</source>
        <translation>channel 必须是 call、chat、email、visit、social 或 all，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>status must be draft, active or retired, not &quot;%1&quot;.</source>
        <translation>status 必须是 draft、active 或 retired，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rules: a rule set needs at least one rule.</source>
        <translation>rules：规则集至少需要一条规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules: a rule set holds at most 64 rules; this one has %1.</source>
        <translation>rules：一个规则集最多 64 条规则；此规则集有 %1 条。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1.key: &quot;%2&quot; is not a key (1–40 of a–z, 0–9, - and _).</source>
        <translation>%1.key：“%2”不是键名（1–40 个 a–z、0–9、- 和 _ 字符）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.key: &quot;%2&quot; is the key of an earlier rule too.</source>
        <translation>%1.key：“%2”也是前面某条规则的键名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.when: a rule needs a condition.</source>
        <translation>%1.when：规则需要一个条件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a rule either answers an item or flags a risk, not both.</source>
        <translation>%1：一条规则要么回答评分项，要么标记风险，不能两者兼有。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.item.key: the scorecard item&apos;s key is missing.</source>
        <translation>%1.item.key：缺少评分表条目的键名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.item.matched: the answer when the rule matches must be a number (yes = 1, no = 0).</source>
        <translation>%1.item.matched：规则命中时的答案必须是数字（是 = 1，否 = 0）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.item.notMatched must be a number (yes = 1, no = 0).</source>
        <translation>%1.item.notMatched 必须是数字（是 = 1，否 = 0）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.flag must be low, medium, high or critical.</source>
        <translation>%1.flag 必须是 low、medium、high 或 critical。</translation>
    </message>
</context>
<context>
    <name>ScreeningTrendChart</name>
    <message>
        <location filename="../ui/charts/screeningtrendchart.cpp" line="+105"/>
        <source>Flagged as a risk</source>
        <translation>标记为风险</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: matched of read</source>
        <translation>%1：命中 / 已读取</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Share of interactions (%)</source>
        <translation>客户交互占比（%）</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../core/serveraccounts.cpp" line="+41"/>
        <source>Accounts and permissions are kept by a server; %1 is a workspace file.</source>
        <translation>账号和权限由服务器保存；%1 是工作区文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s rules are missing from this build of ServQA.</source>
        <translation>此版本的 ServQA 缺少服务器的权限规则。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot set the server&apos;s permissions on %1: %2</source>
        <translation>无法在 %1 上设置服务器权限：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; cannot be a login: use 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>“%1”不能作为登录名：请用 1 到 63 个小写字母、数字、“_”、“.”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a name the server keeps for itself; choose another login.</source>
        <translation>“%1”是服务器保留的名称；请换一个登录名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give %1&apos;s name.</source>
        <translation>请填写 %1 的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 at least one role.</source>
        <translation>请至少给 %1 一个角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password for %1 is empty.</source>
        <translation>%1 的密码为空。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no site with the code &quot;%2&quot;.</source>
        <translation>%1 中没有代码为“%2”的门店/团队。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no site in the region &quot;%2&quot;.</source>
        <translation>%1 中没有属于区域“%2”的门店/团队。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the account %1: %2</source>
        <translation>无法保存账号 %1：%2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 has no account &quot;%2&quot;.</source>
        <translation>%1 中没有账号“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 signs in to %2 but is not one of its ServQA accounts; an administrator adds accounts with servqa-cli server user add.</source>
        <translation>%1 登录了 %2，但不是其 ServQA 账号；管理员可用 servqa-cli server user add 添加账号。</translation>
    </message>
</context>
<context>
    <name>Servqual</name>
    <message>
        <location filename="../core/servqual.cpp" line="+69"/>
        <source>Modern-looking equipment</source>
        <translation>设备现代化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visually appealing facilities</source>
        <translation>设施美观</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neat, professional-looking staff</source>
        <translation>员工着装整洁专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear, appealing materials</source>
        <translation>资料清晰美观</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does what it promises by when it promised</source>
        <translation>按承诺时间兑现承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sincere interest in solving problems</source>
        <translation>真诚帮助解决问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets it right the first time</source>
        <translation>第一次就做对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivers at the promised time</source>
        <translation>按时提供服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error-free records</source>
        <translation>记录准确无误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says exactly when things will happen</source>
        <translation>准确告知何时办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt service</source>
        <translation>服务迅速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always willing to help</source>
        <translation>总是乐于帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never too busy to respond</source>
        <translation>从不因忙碌而怠慢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff inspire confidence</source>
        <translation>员工令人信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers feel safe in their dealings</source>
        <translation>交易让人安心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consistently courteous staff</source>
        <translation>员工始终礼貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff know enough to answer questions</source>
        <translation>员工有足够知识解答问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual attention</source>
        <translation>给予个别关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convenient opening hours</source>
        <translation>营业时间方便</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal attention from staff</source>
        <translation>员工给予个人关怀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the customer&apos;s best interests at heart</source>
        <translation>以顾客利益为重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understands customers&apos; specific needs</source>
        <translation>理解顾客的具体需求</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>respondent %1, item %2: %3 is not on the 1–7 scale</source>
        <translation>第 %1 位受访者，第 %2 题：%3 不在 1–7 分范围内</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>respondent %1: importance points cannot be negative</source>
        <translation>第 %1 位受访者：重要性分值不能为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>respondent %1: the importance points add up to %2, not 100</source>
        <translation>第 %1 位受访者：重要性分值合计为 %2，而不是 100</translation>
    </message>
</context>
<context>
    <name>Spc</name>
    <message>
        <location filename="../core/spc.cpp" line="+108"/>
        <source>the count must be a number of 0 or more.</source>
        <translation>计数必须是大于或等于 0 的数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a count of nonconforming units is a whole number.</source>
        <translation>不合格品数必须是整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number inspected must be more than 0.</source>
        <translation>检查数必须大于 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more nonconforming units than units inspected.</source>
        <translation>不合格品数多于检查数。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a measurement is not a number.</source>
        <translation>有测量值不是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an individuals chart takes one value per subgroup.</source>
        <translation>单值图每个子组只能有一个值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an X̄–R chart needs 2 to 25 measurements per subgroup (X̄–S takes more).</source>
        <translation>X̄–R 图每个子组需要 2 到 25 个测量值（更多时请用 X̄–S 图）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an X̄–S chart needs 2 to 100 measurements per subgroup.</source>
        <translation>X̄–S 图每个子组需要 2 到 100 个测量值。</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>The baseline must hold at least 2 of the %1 subgroups (it runs from %2 to %3).</source>
        <translation>基准期至少要包含 %1 个子组中的 2 个（当前为第 %2 至第 %3 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subgroup %1: %2</source>
        <translation>子组 %1：%2</translation>
    </message>
</context>
<context>
    <name>SpcCli</name>
    <message>
        <location filename="../core/spccli.cpp" line="+71"/>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1，第 %2 行第 %3 列（%4）：%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: name the column of counts with --value-column.</source>
        <translation>%1：请用 --value-column 指定计数所在的列。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: with --value-column, an X̄ chart needs --subgroup-column to say which rows form a subgroup.</source>
        <translation>%1：使用 --value-column 时，X̄ 图需要用 --subgroup-column 指明哪些行组成一个子组。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no column &quot;%2&quot; (--%3).</source>
        <translation>%1 中没有“%2”列（--%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--baseline &quot;%1&quot;: give the first and last subgroup of the baseline, 1 to %2, as FIRST:LAST (e.g. 1:20).</source>
        <translation>--baseline “%1”：请以“起:止”的形式给出基准期的第一个和最后一个子组（1 到 %2，如 1:20）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rules &quot;%1&quot;: list rule numbers from 1 to 8, e.g. 1,2,3,4.</source>
        <translation>--rules “%1”：请列出 1 到 8 的判异准则编号，如 1,2,3,4。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A control chart of the subgroups in a CSV file: centre line, limits per point, σ and the signals of the run rules, as JSON.</source>
        <translation>根据 CSV 文件中的子组绘制控制图：以 JSON 输出中心线、每点的控制限、σ 以及判异准则发现的信号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p, np, c, u, xbar-r, xbar-s or imr.</source>
        <translation>p、np、c、u、xbar-r、xbar-s 或 imr。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column of counts (p, np, c, u) or of measurements, one per row (long form).</source>
        <translation>计数所在的列（p、np、c、u），或测量值所在的列（长格式，每行一个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column of units inspected (p, np, u).</source>
        <translation>检查数所在的列（p、np、u）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The units inspected in every subgroup, without a size column.</source>
        <translation>不使用样本量列时，每个子组的检查数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long form: consecutive rows with the same value here form a subgroup.</source>
        <translation>长格式：此列取值相同的连续行组成一个子组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column naming each subgroup (a date, a week).</source>
        <translation>为每个子组命名的列（日期、周次）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subgroups that set the limits, e.g. 1:20 (default: all).</source>
        <translation>用于计算控制限的子组，如 1:20（默认：全部）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run rules to apply, e.g. 1,2,3,4 (default: 1 to 8).</source>
        <translation>要使用的判异准则，如 1,2,3,4（默认：1 到 8）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>CSV file with a header row.</source>
        <translation>带表头行的 CSV 文件。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>spc needs --chart p|np|c|u|xbar-r|xbar-s|imr and one CSV file.</source>
        <translation>spc 需要 --chart p|np|c|u|xbar-r|xbar-s|imr 和一个 CSV 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size &quot;%1&quot;: give the number of units inspected, more than 0.</source>
        <translation>--size “%1”：请给出大于 0 的检查数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>%1: the file is empty; the first line names the columns.</source>
        <translation>%1：文件为空；第一行应为列名。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>A %1 chart needs the units inspected: --size-column NAME or --size N.</source>
        <translation>%1 图需要检查数：--size-column 列名 或 --size N。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2 (subgroup %3): %4</source>
        <translation>%1，第 %2 行（子组 %3）：%4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Net Promoter Score of the 0–10 answers in a column of a CSV file, with its standard error and 95 % interval, as JSON.</source>
        <translation>根据 CSV 文件某列中 0–10 分的回答计算净推荐值（NPS），以 JSON 输出其标准误和 95% 置信区间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column of answers (0–10); empty cells and NA are skipped.</source>
        <translation>回答所在的列（0–10）；空单元格和 NA 会被跳过。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nps needs --column NAME and one CSV file.</source>
        <translation>nps 需要 --column 列名 和一个 CSV 文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not an answer from 0 to 10.</source>
        <translation>“%1”不是 0 到 10 之间的回答。</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <location filename="../core/sqlitefile.cpp" line="+90"/>
        <source>%1 is in the way: ServQA writes there for a moment and removes only what it left itself. This is not such a file; move it or rename it, and try again.</source>
        <translation>%1 占用了这个名称：ServQA 会先临时写在这里，且只删除自己留下的文件，而此文件不是。请将它移走或改名后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was left by an earlier attempt and cannot be removed.</source>
        <translation>%1 是上一次尝试留下的，但无法删除。</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <location filename="../core/standards.cpp" line="+44"/>
        <source>First response within the time promised</source>
        <translation>在承诺时间内首次响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at first contact</source>
        <translation>首次联络即解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance with a standard</source>
        <translation>符合某项服务标准</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard: the code is empty.</source>
        <translation>服务标准：编码为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard %1: the title is empty.</source>
        <translation>服务标准 %1：标准内容为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard %1: the level must be 1–7, not %2.</source>
        <translation>服务标准 %1：承诺水平必须为 1–7，而不是 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard %1: the compliance target must be above 0 % and at most 100 %, not %2.</source>
        <translation>服务标准 %1：要求达标率必须大于 0% 且不超过 100%，而不是 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard %1: there is no SERVQUAL item %2.</source>
        <translation>服务标准 %1：不存在 SERVQUAL 第 %2 题。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promise: the code is empty.</source>
        <translation>承诺：编码为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1: the text is empty.</source>
        <translation>承诺 %1：承诺内容为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1: unknown channel &quot;%2&quot;.</source>
        <translation>承诺 %1：未知渠道“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1: a first-response promise needs the time promised.</source>
        <translation>承诺 %1：首次响应类承诺需要填写承诺时限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1: choose the standard that checks it.</source>
        <translation>承诺 %1：请选择用于核查的服务标准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1: the share promised must be above 0 % and at most 100 %, not %2.</source>
        <translation>承诺 %1：承诺比例必须大于 0% 且不超过 100%，而不是 %2。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+45"/>
        <source>Standard %1 does not exist.</source>
        <translation>服务标准 %1 不存在。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Standard %1: another standard has this code.</source>
        <translation>服务标准 %1：已有其他标准使用此编码。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The standard checks promise %1: change or remove the promise first.</source>
        <translation>该标准用于核查承诺 %1：请先修改或删除该承诺。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Promise %1: another promise has this code.</source>
        <translation>承诺 %1：已有其他承诺使用此编码。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Promise %1 does not exist.</source>
        <translation>承诺 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../ui/tableexport.cpp" line="+40"/>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <location filename="../core/textsearch.cpp" line="+146"/>
        <source>This build&apos;s SQLite has no full-text search (FTS5), which workspaces need.</source>
        <translation>此版本的 SQLite 没有全文搜索（FTS5），而工作区需要它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text search could not be set up: %1</source>
        <translation>无法设置文本搜索：%1</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../core/transcript.cpp" line="+34"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System or bot</source>
        <translation>系统或机器人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown speaker</source>
        <translation>未知说话人</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/userrepository.cpp" line="+94"/>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <location line="-61"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mystery shopper</source>
        <translation>神秘顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store / team manager</source>
        <translation>门店经理/团队主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA lead</source>
        <translation>质检主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scores the interactions on their work queue</source>
        <translation>为自己工作队列中的客户交互评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fills in the store visits assigned to them</source>
        <translation>填写分派给自己的暗访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledges or disputes the evaluations of their stores and teams</source>
        <translation>确认或申诉本门店、本团队的质检评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws samples, decides disputes, plans and reviews visits, keeps the standards</source>
        <translation>抽样、处理申诉、计划和审核暗访、维护服务标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything a QA lead does</source>
        <translation>可做质检主管能做的一切</translation>
    </message>
</context>
<context>
    <name>VisitPackage</name>
    <message>
        <location filename="../core/packagefile.cpp" line="+39"/>
        <location filename="../core/visitpackage.cpp" line="+50"/>
        <source>%1 is not a ServQA visit package.</source>
        <translation>%1 不是 ServQA 暗访任务包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or cut short: its length does not match its contents. Ask for it to be sent again.</source>
        <translation>%1 已损坏或不完整：长度与内容不符。请要求对方重新发送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, more than the %3 a visit package may be (Settings ▸ Mystery-shop evidence). Ask the shopper for smaller photos, or raise the limit.</source>
        <translation>%1 大小为 %2，超过暗访任务包的上限 %3（设置 ▸ 暗访证据与备份）。请让神秘顾客使用较小的照片，或提高上限。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 holds an evidence file of %2, more than the %3 one may be (Settings ▸ Mystery-shop evidence).</source>
        <translation>%1 中有一个 %2 的证据文件，超过单个证据的上限 %3（设置 ▸ 暗访证据与备份）。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+61"/>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 was made by an earlier version of ServQA; export the visit again.</source>
        <translation>%1 由较早版本的 ServQA 生成；请重新导出该暗访。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/visitpackage.cpp" line="+2"/>
        <source>%1 was made by a newer version of ServQA.</source>
        <translation>%1 由更新版本的 ServQA 生成。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2. Nothing was saved; check the disk and try again.</source>
        <translation>无法写入 %1：%2。未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../core/visitpackage.cpp" line="+144"/>
        <location line="+261"/>
        <source>%1: the checklist has no item &quot;%2&quot;.</source>
        <translation>%1：检查表中没有条目“%2”。</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>%1, answer %2: not an answer.</source>
        <translation>%1，答案 %2：不是有效答案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, answer %2: the value is not a number.</source>
        <translation>%1，答案 %2：值不是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, answer %2: &quot;na&quot; is not true or false.</source>
        <translation>%1，答案 %2：“na”不是 true 或 false。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, answer %2: &quot;%3&quot; is not text.</source>
        <translation>%1，答案 %2：“%3”不是文本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, answer %2: the text holds a NUL character.</source>
        <translation>%1，答案 %2：文本含有 NUL 字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, answer %2: %3</source>
        <translation>%1，答案 %2：%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only a QA lead sees a shopper&apos;s key.</source>
        <translation>只有质检主管可以查看神秘顾客密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 is not a mystery shopper.</source>
        <translation>用户 %1 不是神秘顾客。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a QA lead sends visit packages.</source>
        <translation>只有质检主管可以发送暗访任务包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an assigned visit that has not started can be sent as a package; visit %1 is %2.</source>
        <translation>只有已分派且尚未开始的暗访才能打包发送；暗访 %1 当前为“%2”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no active version.</source>
        <translation>%1 没有已启用的版本。</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+210"/>
        <source>This is not the key %1 was made for. Check the key with your QA lead.</source>
        <translation>这不是 %1 对应的密钥。请与质检主管核对密钥。</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Only a QA lead takes visit packages back.</source>
        <translation>只有质检主管可以导入暗访任务包。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 belongs to another workspace.</source>
        <translation>%1 属于另一个工作区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1 is for visit %2, which this workspace does not have.</source>
        <translation>%1 对应暗访 %2，本工作区没有该暗访。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not the package last sent for visit %2.</source>
        <translation>%1 不是暗访 %2 最近一次发出的任务包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has been applied to visit %2 already.</source>
        <translation>%1 已导入到暗访 %2，不能重复导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not been filled in yet.</source>
        <translation>%1 尚未填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit %1 has no shopper any more.</source>
        <translation>暗访 %1 已没有指派的神秘顾客。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has been changed since it was filled in, or was not filled in with the key of %2; it is refused.</source>
        <translation>%1 在填写后被改动过，或不是用 %2 的密钥填写的；已拒绝导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checklist has changed since %1 was sent; export the visit again.</source>
        <translation>%1 发出后检查表已更改，请重新导出该暗访。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no valid start and end time.</source>
        <translation>%1 没有有效的开始和结束时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the visit took place %2 – %3, outside its window %4 – %5.</source>
        <translation>%1：暗访发生于 %2 – %3，不在其暗访时段 %4 – %5 之内。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the visit ends in the future (%2). Check the clock of the shopper&apos;s computer.</source>
        <translation>%1：暗访结束时间在未来（%2）。请检查神秘顾客电脑的时钟。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, answer %2: answered at %3, outside the visit (%4 – %5).</source>
        <translation>%1，答案 %2：作答时间 %3 不在暗访期间（%4 – %5）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: evidence for an item the checklist does not have (&quot;%2&quot;).</source>
        <translation>%1：证据所属的条目不在检查表中（“%2”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an evidence file has no usable name.</source>
        <translation>%1：有一个证据文件没有可用的文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: evidence %2 is of no known kind.</source>
        <translation>%1：证据 %2 的类型无法识别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the comment holds a NUL character.</source>
        <translation>%1：备注含有 NUL 字符。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Evidence %1 in %2 does not match its SHA-256.</source>
        <translation>%2 中的证据 %1 与其 SHA-256 不符。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 has been filled in already.</source>
        <translation>%1 已填写过。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the shopper key your QA lead gave you to open %1.</source>
        <translation>请输入质检主管给你的神秘顾客密钥以打开 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is damaged: the visit&apos;s window &quot;%2&quot; to &quot;%3&quot; is not a range of dates.</source>
        <translation>%1 已损坏：暗访时段“%2”至“%3”不是有效的日期范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: the visit&apos;s %2 holds a NUL character.</source>
        <translation>%1 已损坏：暗访的 %2 含有 NUL 字符。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This workspace was not made from a visit package.</source>
        <translation>此工作区不是由暗访任务包创建的。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit the visit before saving the filled package.</source>
        <translation>请先提交暗访，再保存已填写的任务包。</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../core/visits.cpp" line="+51"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../core/visitevidence.cpp" line="+43"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/visits.cpp" line="+11"/>
        <location line="+50"/>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Only a QA lead plans and reviews visits; %1 is not one.</source>
        <translation>只有质检主管可以计划和审核暗访；%1 不是质检主管。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lock-out cannot be negative.</source>
        <translation>回避期不能为负数。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a mystery shopper.</source>
        <translation>%1 不是神秘顾客。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not sent to %2: the staff would know them (%3).</source>
        <translation>不派 %1 去 %2：店员认识此人（%3）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already visits %2 from %3 to %4 (visit %5); the same shopper returns to a store after %6 days at the earliest.</source>
        <translation>%1 已安排在 %3 至 %4 暗访 %2（暗访 %5）；同一神秘顾客至少间隔 %6 天才能再次暗访同一门店。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>A visit needs a date window whose end is not before its start.</source>
        <translation>暗访需要设定暗访时段，且结束日期不早于开始日期。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Form %1 is not a mystery-shop checklist.</source>
        <translation>表单 %1 不是神秘顾客检查表。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Region &quot;%1&quot; has no stores.</source>
        <translation>区域“%1”没有门店。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Visit %1 is %2 (by %3 at %4); this step is not possible now.</source>
        <translation>暗访 %1 当前为“%2”（%3 于 %4 操作），现在不能执行此操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit %1 is %2; this step is not possible now.</source>
        <translation>暗访 %1 当前为“%2”，现在不能执行此操作。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+83"/>
        <source>Visit %1 is assigned to %2.</source>
        <translation>暗访 %1 已分派给 %2。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1 has no active version.</source>
        <translation>%1 没有已启用的版本。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Answer these required items before submitting: %1</source>
        <translation>提交前请回答以下必答条目：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attach evidence to these items before submitting: %1</source>
        <translation>提交前请为以下条目附加证据：%1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Say why the visit is rejected.</source>
        <translation>请说明驳回暗访的理由。</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+10"/>
        <source>There is no visit %1.</source>
        <translation>没有暗访 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visit %1 has not started.</source>
        <translation>暗访 %1 尚未开始。</translation>
    </message>
    <message>
        <location filename="../core/visitevidence.cpp" line="+9"/>
        <source>%1 is %2; an evidence file may be at most %3 (Settings ▸ Mystery-shop evidence). Attach a smaller photo (most phones can send a reduced size).</source>
        <translation>%1 大小为 %2；单个证据文件最大 %3（设置 ▸ 暗访证据与备份）。请附上较小的照片（多数手机可发送缩小尺寸的图片）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already attached to this visit (as %2).</source>
        <translation>%1 已附加到本次暗访（文件名 %2）。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no evidence file %1.</source>
        <translation>没有证据文件 %1。</translation>
    </message>
</context>
<context>
    <name>WorkAs</name>
    <message>
        <location filename="../ui/workasdialog.cpp" line="+38"/>
        <source>Work As</source>
        <translation>切换身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working in this workspace? ServQA remembers the choice for this workspace; change it later with File ▸ Work As… or by clicking “Working as” in the status bar.</source>
        <translation>谁在使用此工作区？ServQA 会为此工作区记住您的选择；以后可通过“文件 ▸ 切换身份…”或点击状态栏中的“当前身份”更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Work as this person</source>
        <translation>以此身份工作</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 You are working as %2: File ▸ Work As… changes who you are.</source>
        <translation>%1 您当前的身份是 %2；可通过“文件 ▸ 切换身份…”更改。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <location filename="../core/workspacecopy.cpp" line="+42"/>
        <source>%1 has a table or column named &quot;%2&quot;, which no ServQA workspace has: nothing was copied.</source>
        <translation>%1 中有名为“%2”的表或列，ServQA 工作区没有这样的名称：什么也没有复制。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The tables of %1 refer to each other in a circle; they cannot be copied one after another.</source>
        <translation>%1 中的数据表相互循环引用，无法逐个复制。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One side of a copy must be a workspace file.</source>
        <translation>复制的一方必须是工作区文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (format %2) and %3 (format %4) are of different formats.</source>
        <translation>%1（格式 %2）与 %3（格式 %4）的格式不同。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already holds work (%2 has rows): a workspace is copied only into a new one.</source>
        <translation>%1 中已有数据（%2 中有记录）：工作区只能复制到新的工作区。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Copying %1 stopped: %2</source>
        <translation>复制 %1 时中止：%2</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <location filename="../ui/workspaceopener.cpp" line="+40"/>
        <source>Checking %1 and upgrading it for this version of ServQA. Its sums and search index are made once; on millions of rows this takes a few minutes…</source>
        <translation>正在检查 %1 并将其升级到本版本 ServQA。汇总和搜索索引只需生成一次；数据达数百万行时需要几分钟…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 for damage, then finishing its indexes: the demo that made it was stopped before its end. On a million interactions this takes a minute or two…</source>
        <translation>正在检查 %1 是否损坏，然后补全其索引：生成它的演示在完成前被中止。一百万条客户交互约需一两分钟…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking %1 for damage (it was changed outside ServQA, or ServQA did not close it)…</source>
        <translation>正在检查 %1 是否损坏（它在 ServQA 之外被改动过，或 ServQA 未正常关闭它）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing the indexes of %1: the demo that made it was stopped before its end. On a million interactions this takes a minute or two…</source>
        <translation>正在补全 %1 的索引：生成它的演示在完成前被中止。一百万条客户交互约需一两分钟…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Damaged workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged. ServQA will not write to it, so the damage cannot spread.</source>
        <translation>%1 已损坏。ServQA 不会写入它，以免损坏扩散。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it read-only to look at and export what can still be read. There is no backup of it on this computer.</source>
        <translation>可以只读方式打开，查看并导出仍可读取的内容。本机没有它的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it read-only to look at and export what can still be read, or put a backup in its place (the newest is from %1; the damaged file is kept beside it).</source>
        <translation>可以只读方式打开，查看并导出仍可读取的内容；或用备份替换它（最新备份为 %1；损坏的文件会保留在旁边）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…and more.</source>
        <translation>……等。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Read-&amp;Only</source>
        <translation>以只读方式打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There is no backup of %1 on this computer. ServQA makes one a day of each workspace it opens, in %2.</source>
        <translation>本机没有 %1 的备份。ServQA 每天为打开过的每个工作区做一次备份，保存在 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put this backup in the place of %1 (the file there now is kept beside it, renamed):</source>
        <translation>用此备份替换 %1（现有文件会改名后保留在旁边）：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upgrading a copy of %1 to read it; the file itself is not changed…</source>
        <translation>正在升级 %1 的副本以便读取；文件本身不会被改动…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy %1 to %2 to read it.</source>
        <translation>无法将 %1 复制到 %2 以便读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: it is of an older version, and upgrading a copy of it failed (%2).</source>
        <translation>无法读取 %1：它属于旧版本，而升级其副本失败（%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading every page of %1…</source>
        <translation>正在读取 %1 的每一页…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Check for Damage</source>
        <translation>检查损坏</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is whole: every page and record was read and checked.</source>
        <translation>%1 完好：每一页、每一条记录均已读取并检查。</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <location filename="../core/workspacesettings.cpp" line="+65"/>
        <source>The logo is %1 KB; at most %2 KB fits in a report header.</source>
        <translation>标志图片为 %1 KB；报告页眉最多容纳 %2 KB。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot;: a speaker&apos;s word is written without its colon.</source>
        <translation>“%1”：说话人称呼不带冒号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names two speakers: a word names one.</source>
        <translation>“%1”对应了两个说话人：一个称呼只能对应一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give at least one word for the agent, the customer and the system.</source>
        <translation>请为坐席、客户和系统各给出至少一个称呼。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one run rule, from 1 to 8.</source>
        <translation>请至少选择一条判异规则（1 到 8）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An evidence file may be limited to 1 MB at least and 2048 MB at most.</source>
        <translation>单个证据文件的上限至少为 1 MB，最多为 2048 MB。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A visit package must be allowed at least one evidence file and at most 4096 MB.</source>
        <translation>暗访任务包的上限须不小于单个证据文件的上限，且最多为 4096 MB。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A response target must be at least one second.</source>
        <translation>响应目标至少为 1 秒。</translation>
    </message>
</context>
<context>
    <name>servqa::ActionDialog</name>
    <message>
        <location filename="../ui/actiondialogs.cpp" line="+6"/>
        <source>Raise an action</source>
        <translation>发起措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the action</source>
        <translation>修改措施</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrective: removes the cause of a problem that happened. Preventive: of one that could happen.</source>
        <translation>纠正：消除已发生问题的原因。预防：消除可能发生问题的原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every site</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose who owns it…</source>
        <translation>选择负责人…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every form</source>
        <translation>全部表单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overall score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raised from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue by:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>衡量指标(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Before:</source>
        <translation>措施前(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;After:</source>
        <translation>措施后(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Raise</source>
        <translation>发起(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Plan an improvement cycle</source>
        <translation>计划改进循环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal: what the cycle is to achieve</source>
        <translation>目标：此循环要达成什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The measure&apos;s value to reach: a failure rate or a share in percent, a score in percent, NPS points.</source>
        <translation>衡量指标要达到的值：不合格率或比例为百分比，得分为百分比，NPS 为分值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;arget:</source>
        <translation>目标值(&amp;A)：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose the measure the action is meant to move: it is verified on it, before against after.</source>
        <translation>请选择该措施要改善的衡量指标：验证时对比措施前后的该指标。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baseline: %1 (n %2).</source>
        <translation>基线：%1（n = %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: too few cases (%1).</source>
        <translation>基线：样本太少（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period after the action must start after the period before it ends, each from its first day to its last.</source>
        <translation>措施后期间必须在措施前期间结束之后开始，且每个期间的开始日期不晚于结束日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So far: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the action a title: what will be done.</source>
        <translation>请填写措施标题：要做什么。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who owns the action.</source>
        <translation>请选择措施负责人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Each period runs from its first day to its last.</source>
        <translation>每个期间的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after the action must start after the period before it ends.</source>
        <translation>措施后期间必须在措施前期间结束之后开始。</translation>
    </message>
</context>
<context>
    <name>servqa::ActionsPage</name>
    <message>
        <location filename="../ui/actionspage.cpp" line="+193"/>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service FMEA</source>
        <translation>服务失效模式与效应分析（FMEA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDCA cycles</source>
        <translation>PDCA 循环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified yet</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, to verify</source>
        <translation>已完成，待验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, title or text</source>
        <translation>编号、标题或内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New action…</source>
        <translation>新建措施(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF report…</source>
        <translation>PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actions of the place chosen, with their root causes and verifications.</source>
        <translation>所选范围的措施，含根本原因和验证结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+369"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Root cause…</source>
        <translation>根本原因(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Verify…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title, place, owner, due date, and the measure with its periods.</source>
        <translation>标题、范围、负责人、期限，以及衡量指标和对比期间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 5 whys and the fishbone by 人机料法环测.</source>
        <translation>5 个为什么，以及按人机料法环测分类的鱼骨图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on it has started.</source>
        <translation>已开始实施。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the next person should know.</source>
        <translation>下一位处理人需要知道的信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done; the measure must be chosen by then.</source>
        <translation>做了什么；此前必须已选定衡量指标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A QA lead tests the measure before against after: effective only if it improved significantly.</source>
        <translation>由质检主管对比措施前后的衡量指标进行检验：只有显著改善才算有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to work, with the reason.</source>
        <translation>说明原因，重新开始处理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open so&amp;urce</source>
        <translation>打开来源(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Every site</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open actions: %1, overdue: %2; done, to verify: %3.</source>
        <translation>未完成措施：%1，逾期：%2；已完成待验证：%3。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose an action to see it.</source>
        <translation>请选择一条措施查看详情。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actions here. Raise one by hand (New action…), or from a complaint, an alert or a failing item.</source>
        <translation>这里还没有措施。可手工新建（新建措施…），或从投诉、预警或不合格条目发起。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raised by %1 on %2 from: %3%4.</source>
        <translation>由 %1 于 %2 发起，来源：%3%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · owner %2 · due %3%4</source>
        <translation>%1 · 负责人 %2 · 期限 %3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 whys: %1</source>
        <translation>5 个为什么：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (root cause)</source>
        <translation>%1：%2（根本原因）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: %1</source>
        <translation>衡量指标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified by %1 on %2: %3 — %4.</source>
        <translation>%1 于 %2 验证：%3 —— %4。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose who is working (File ▸ Work as…) before you raise an action: its history names who raised it.</source>
        <translation>发起措施前请先选择当前身份（文件 ▸ 切换身份…）：处理记录会写明发起人。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The period after %1 runs to %2: verify it when that day is over.</source>
        <translation>%1 的措施后期间截至 %2：请在该日结束后再验证。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It moved the way the action meant, beyond chance: the action will be verified effective.</source>
        <translation>指标按预期方向改善，且超出随机波动：措施将被验证为有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It did not improve beyond chance: the action will be recorded as not effective.</source>
        <translation>指标没有超出随机波动的改善：措施将被记录为无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

%3

Record this verification?</source>
        <translation>%1

%2

%3

记录此次验证？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the note for the history.</source>
        <translation>%1：写入处理记录的备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action done</source>
        <translation>措施完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: what was done?</source>
        <translation>%1：做了什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen action</source>
        <translation>重新打开措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: why is it reopened?</source>
        <translation>%1：为什么重新打开？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write something first: the history keeps it.</source>
        <translation>请先填写内容：处理记录会保存它。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Actions report</source>
        <translation>措施报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actions.pdf</source>
        <translation>措施报告.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the actions report…</source>
        <translation>正在生成措施报告…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>servqa::AlertsPage</name>
    <message>
        <location filename="../ui/alertspage.cpp" line="+132"/>
        <source>&amp;Open alerts only</source>
        <translation>仅显示未确认预警(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what was found or done; the alert stays listed, greyed, with your note.</source>
        <translation>说明发现了什么或采取了什么措施；预警仍会列出，以灰色显示并附上您的备注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raise action…</source>
        <translation>发起措施(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A corrective action on this alert, verified later on its indicator, before against after.</source>
        <translation>针对此预警发起纠正措施，之后按其指标对比措施前后进行验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site / region</source>
        <translation>门店/团队或区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was measured</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Every site and region</source>
        <translation>所有门店/团队和区域</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No open alerts: every indicator is within its levels and no chart shows a deterioration.</source>
        <translation>没有未确认的预警：所有指标都在阈值以内，控制图也未显示恶化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open alerts, %2 of them alarms.</source>
        <translation>%1 条未确认预警，其中 %2 条为报警。</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+114"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose an alert to see the contacts, answers or evaluations behind it.</source>
        <translation>选择一条预警，查看其背后的客户交互、评价回答或质检评估。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Behind it: %1 cases in %2 at %3, %4 of them against the indicator (listed first).</source>
        <translation>依据：%3 在 %2 共 %1 个样本，其中 %4 个不达标（排在前面）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 are listed.</source>
        <translation>列出前 %1 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
Double-click to open it.</source>
        <translation>%1
双击打开。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Acknowledge alert</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2, %3.
What was found, or what is being done?</source>
        <translation>%2 的%1，%3。
发现了什么，或正在采取什么措施？</translation>
    </message>
</context>
<context>
    <name>servqa::AnswerModel</name>
    <message>
        <location filename="../ui/answermodel.cpp" line="+138"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 · changed, measured %2</source>
        <translation>%1 · 已修改，系统测得 %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 · changed, the rule said %2</source>
        <translation>%1 · 已修改，规则判定为 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · by rule</source>
        <translation>%1 · 规则判定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · measured</source>
        <translation>%1 · 系统测得</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the measured value was changed (Ctrl+M)</source>
        <translation>请说明修改测得数值的原因（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say why the rule&apos;s answer was changed (Ctrl+M)</source>
        <translation>请说明修改规则答案的原因（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 · weight %3</source>
        <translation>%1 · %2 · 权重 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical: failing it fails the whole evaluation.</source>
        <translation>关键项：此项不合格则整个评估不合格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered by automatic screening: %1. Confirm it, or change it with a comment saying why; the change goes into the audit trail when the evaluation is submitted.</source>
        <translation>由智能质检规则回答：%1。请确认，或修改并在备注中说明原因；提交评估时该修改会记入审计记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured from the interaction (%1): %2. Change it only with a comment saying why; the change goes into the audit trail when the evaluation is submitted.</source>
        <translation>由客户交互测得（%1）：%2。如需修改，请在备注中说明原因；提交评估时，修改将记入历史记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled from the interaction (%1) when it records this; this one does not, so answer it.</source>
        <translation>客户交互记录了此数据时自动填入（%1）；本次客户交互没有记录，请手动作答。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Section / item</source>
        <translation>部分/条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>servqa::CalibrationDriftChart</name>
    <message>
        <location filename="../ui/charts/calibrationdriftchart.cpp" line="-60"/>
        <source>%1 in %2: %3 points from consensus, %4 of items as the consensus</source>
        <translation>%1 在 %2：与共识相差 %3 分，%4 的条目与共识一致</translation>
    </message>
</context>
<context>
    <name>servqa::CalibrationPage</name>
    <message>
        <location filename="../ui/calibrationpage.cpp" line="+180"/>
        <location line="+57"/>
        <location filename="../ui/calibrationresults.cpp" line="+92"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Session:</source>
        <translation>校准会：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New session…</source>
        <translation>新建校准会…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+302"/>
        <location line="+11"/>
        <source>Close scoring</source>
        <translation>截止评分</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Export answers (CSV)…</source>
        <translation>导出答案（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set consensus…</source>
        <translation>设定共识…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sessions</source>
        <translation>校准会</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+7"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors and agreement</source>
        <translation>质检员与一致性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>校准会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/calibrationresults.cpp" line="-1"/>
        <source>Interactions</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+166"/>
        <location line="+61"/>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+2"/>
        <location filename="../ui/calibrationresults.cpp" line="-59"/>
        <source>Interaction</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your scoring</source>
        <translation>您的评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to read it</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/calibrationresults.cpp" line="+59"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest deviation</source>
        <translation>最近偏差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest match</source>
        <translation>最近一致率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance for a deviation from consensus, ± points:</source>
        <translation>与共识偏差的容差（± 分）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an interaction of the session and press Enter to score it.</source>
        <translation>选择校准会中的一个客户交互，按 Enter 开始评分。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Scoring, blind</source>
        <translation>评分中，盲评</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scoring, open</source>
        <translation>评分中，公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed %1</source>
        <translation>已于 %1 截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No calibration session yet. A QA lead starts one with New session….</source>
        <translation>还没有校准会。质检主管可通过“新建校准会…”发起。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 · lead %3 · %4 · deadline %5 · handed in: %6</source>
        <translation>%1，第 %2 版 · 主管 %3 · %4 · 截止 %5 · 已提交：%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blind</source>
        <translation>盲评</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You do not take part in this session: choose who you are with File ▸ Work As… to score it.</source>
        <translation>您不是本次校准会的参与者：如需评分，请通过“文件 ▸ 切换身份…”选择您的身份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring is closed: your answers are shown as you handed them in.</source>
        <translation>评分已截止：显示的是您提交时的答案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score each interaction as you would for real — it never counts in scorecards — then hand it in with Ctrl+Return.</source>
        <translation>请像正式质检一样为每个客户交互评分（校准评分不计入计分卡），然后按 Ctrl+Return 提交。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>待评</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Interaction %1 does not exist.</source>
        <translation>客户交互 %1 不存在。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Handed in. Next: %1 (Enter).</source>
        <translation>已提交。下一个：%1（按 Enter）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed in. You have scored every interaction of this session.</source>
        <translation>已提交。您已完成本次校准会的全部评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calibration scoring handed in.</source>
        <translation>校准评分已提交。</translation>
    </message>
    <message>
        <location line="-235"/>
        <location filename="../ui/calibrationresults.cpp" line="-59"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../ui/calibrationresults.cpp" line="+0"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set by the lead: %1</source>
        <translation>主管设定：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed: the most frequent choice, or the median</source>
        <translation>建议值：出现最多的答案，或中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed so far; the lead sets it after closing</source>
        <translation>当前建议值；截止评分后由主管设定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 items answered differently, the least agreement first. Red: not the consensus; bold: a consensus the lead set.</source>
        <translation>%2 个条目中有 %1 个答案不一致，一致率最低的排在前面。红色：与共识不同；粗体：主管设定的共识。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deviation (points)</source>
        <translation>偏差（分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean |deviation|</source>
        <translation>平均绝对偏差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items as consensus</source>
        <translation>与共识一致的条目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each inspector&apos;s score minus the consensus score, in points of 100 (the consensus answers scored like an evaluation), over the interactions they handed in; red: outside ± %1 points.</source>
        <translation>每位质检员的得分减去共识得分（共识答案按正式评估的规则计分，百分制），按其已提交的客户交互平均；红色：超出 ± %1 分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+58"/>
        <source>outside ± %1</source>
        <translation>超出 ± %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>within ± %1</source>
        <translation>在 ± %1 以内</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 in %3)</source>
        <translation>%1（%3 中为 %2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drift shows once a session&apos;s scoring is closed.</source>
        <translation>校准会截止评分后即可查看漂移。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every inspector is within ± %1 points of the consensus in their latest session.</source>
        <translation>在各自最近一次校准会中，所有质检员与共识的偏差都在 ± %1 分以内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside ± %1 points of the consensus in their latest session: %2</source>
        <translation>在最近一次校准会中与共识偏差超出 ± %1 分：%2</translation>
    </message>
    <message>
        <location filename="../ui/calibrationpage.cpp" line="+252"/>
        <source>Only a QA lead starts calibration sessions.</source>
        <translation>只有质检主管可以发起校准会。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calibration session created: the inspectors find it on this page.</source>
        <translation>校准会已创建：质检员可在本页面找到它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close scoring of “%1”? %2 of %3 scorings are handed in; drafts are left out. Everyone then sees everyone&apos;s answers, and you set the consensus.</source>
        <translation>截止“%1”的评分？已提交 %2 / %3 份评分，草稿不计入。截止后所有人都能看到彼此的答案，由您设定共识。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+5"/>
        <source>Export the answers</source>
        <translation>导出答案</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers written to %1</source>
        <translation>答案已写入 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Export the session report</source>
        <translation>导出校准会报告</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the session report…</source>
        <translation>正在生成校准会报告…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>报告已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::ComplaintCloseDialog</name>
    <message>
        <location filename="../ui/complaintdialogs.cpp" line="+258"/>
        <source>Close complaint %1</source>
        <translation>投诉 %1 结案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the customer said…</source>
        <translation>选择顾客的评价…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — neither</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer could not be reached</source>
        <translation>未能联系到顾客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer said about the handling, or why they could not be reached</source>
        <translation>顾客对处理的评价，或未能联系到顾客的原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer&apos;s &amp;satisfaction with the handling:</source>
        <translation>顾客对处理的满意度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close complaint</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose what the customer said, or that they could not be reached.</source>
        <translation>请选择顾客的评价，或选择未能联系到顾客。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the customer&apos;s word could not be had.</source>
        <translation>请说明为何未能取得顾客反馈。</translation>
    </message>
</context>
<context>
    <name>servqa::ComplaintDispatchDialog</name>
    <message>
        <location line="-93"/>
        <source>Dispatch complaint %1</source>
        <translation>投诉 %1 派单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the site…</source>
        <translation>选择门店/团队…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who handles it…</source>
        <translation>选择处理人…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the owner should know or do (optional)</source>
        <translation>处理人需要知道或去做的事（可选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>门店/团队(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response due by %1, resolution by %2: the clocks run from the time received.</source>
        <translation>首次响应截止 %1，解决截止 %2：时限从受理时起算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dispatch</source>
        <translation>派单(&amp;D)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the site the complaint goes to.</source>
        <translation>请选择投诉派往的门店/团队。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who handles the complaint.</source>
        <translation>请选择投诉处理人。</translation>
    </message>
</context>
<context>
    <name>servqa::ComplaintIntakeDialog</name>
    <message>
        <location line="-173"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbered when saved (TS-date-number)</source>
        <translation>保存时自动编号（TS-日期-序号）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the site…</source>
        <translation>选择门店/团队…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member number, phone or order number</source>
        <translation>会员号、电话或订单号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer says happened, in their words</source>
        <translation>顾客所述经过（尽量用顾客原话）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatch later</source>
        <translation>稍后派单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A store manager, a QA lead or an administrator dispatches it.</source>
        <translation>由门店经理、质检主管或管理员派单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refere&amp;nce:</source>
        <translation>投诉单号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received &amp;at:</source>
        <translation>受理时间(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>门店/团队(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>顾客(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complaint:</source>
        <translation>投诉内容(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch &amp;to:</source>
        <translation>派单给(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>First response due by %1 (%2), resolution by %3 (%4).</source>
        <translation>首次响应截止 %1（%2），解决截止 %3（%4）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the site the complaint is about.</source>
        <translation>请选择投诉涉及的门店/团队。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the customer complains about.</source>
        <translation>请填写顾客投诉的内容。</translation>
    </message>
</context>
<context>
    <name>servqa::ComplaintSettingsBox</name>
    <message>
        <location filename="../ui/complaintsettingsbox.cpp" line="+41"/>
        <location line="+153"/>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+68"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Add a c&amp;hannel&apos;s limit…</source>
        <translation>添加渠道时限(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit li&amp;mit…</source>
        <translation>编辑时限(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve limit</source>
        <translation>删除时限(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ca&amp;tegory…</source>
        <translation>添加类别(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cate&amp;gory…</source>
        <translation>编辑类别(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response within</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offered</source>
        <translation>可选用</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add a channel&apos;s limit</source>
        <translation>添加渠道时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit limit</source>
        <translation>编辑时限</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First response within:</source>
        <translation>首次响应时限(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolved within:</source>
        <translation>解决时限(&amp;R)：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit category</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short key for files, e.g. parking</source>
        <translation>用于文件的简短键名，如 parking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered for new complaints</source>
        <translation>新投诉可选用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key:</source>
        <translation>键名(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>servqa::ComplaintsPage</name>
    <message>
        <location filename="../ui/complaintspage.cpp" line="+202"/>
        <source>&amp;Place:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, customer or text</source>
        <translation>单号、顾客或内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register complaint…</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <comment>column: when the complaint came in</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>派往</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+361"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>&amp;Dispatch…</source>
        <translation>派单(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer &amp;contacted…</source>
        <translation>已联系顾客(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;solve…</source>
        <translation>解决(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;lose…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to a site and an owner (派单); sending it on keeps the history.</source>
        <translation>派往门店/团队和负责人（派单）；转派会保留记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first response: what the customer was told, and when.</source>
        <translation>首次响应：告知顾客的内容和时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A later contact or anything the next person should know.</source>
        <translation>之后的联系，或下一位处理人需要知道的事。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was resolved; resolving at the first contact counts as the first response too.</source>
        <translation>解决方式；首次联系即解决的，同时计为首次响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s word on the handling (反馈).</source>
        <translation>顾客对处理的评价（反馈）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to handling with a new resolution time, and why.</source>
        <translation>退回处理并重新计算解决时限，并说明原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;interaction</source>
        <translation>打开客户交互(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF report…</source>
        <translation>PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint&apos;s file: its facts, clocks, outcome and whole history.</source>
        <translation>投诉档案：基本信息、时限、处理结果和完整处理记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise &amp;action…</source>
        <translation>发起措施(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A corrective or preventive action on what this complaint showed; it keeps the link.</source>
        <translation>针对此投诉反映的问题发起纠正或预防措施；会保留与投诉的关联。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Every site</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No open complaints.</source>
        <translation>没有未结束的投诉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints: %1, overdue: %2.</source>
        <translation>未结束投诉：%1 件，已超时：%2 件。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Times reopened: %1.</source>
        <translation>重新打开次数：%1。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Complaint report</source>
        <translation>投诉报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the complaint report…</source>
        <translation>正在生成投诉报告…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Write something first: the history keeps it.</source>
        <translation>请先填写内容：处理记录会保存它。</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>not dispatched</source>
        <translation>未派单</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Choose a complaint to see its steps.</source>
        <translation>选择一条投诉以查看处理环节。</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+291"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Came in by %1 at %2 from %3.</source>
        <translation>%3 于 %2 通过%1投诉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed customer</source>
        <translation>未留名顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response due by %1 (%2); resolution by %3 (%4).</source>
        <translation>首次响应截止 %1（%2）；解决截止 %3（%4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s satisfaction with the handling: %1 of 5.</source>
        <translation>顾客对处理的满意度：%1 分（满分 5 分）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>The customer could not be reached.</source>
        <translation>未能联系到顾客。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction %1 of 5.</source>
        <translation>满意度 %1 分（满分 5 分）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose who is working (File ▸ Work as…) before you register a complaint: its history names who took it in.</source>
        <translation>登记投诉前请先选择当前身份（文件 ▸ 切换身份…）：处理记录会写明受理人。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Customer contacted</source>
        <translation>已联系顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: what was the customer told?</source>
        <translation>%1：告知了顾客什么？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the note for the history.</source>
        <translation>%1：写入处理记录的备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve complaint</source>
        <translation>解决投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: how was it resolved?</source>
        <translation>%1：如何解决的？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: why is it reopened? It gets a new resolution time.</source>
        <translation>%1：为何重新打开？将重新计算解决时限。</translation>
    </message>
</context>
<context>
    <name>servqa::ConditionEditor</name>
    <message>
        <location filename="../ui/conditioneditor.cpp" line="+46"/>
        <source>All of these (AND)</source>
        <translation>以下全部（与）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these (OR)</source>
        <translation>以下任一（或）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not this (NOT)</source>
        <translation>以下不成立（非）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first before the second</source>
        <translation>前者先于后者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrases</source>
        <translation>话术词组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence between turns</source>
        <translation>轮次间静默</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s first response</source>
        <translation>坐席首次响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait for the agent</source>
        <translation>客户最长等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent interrupts the customer</source>
        <translation>坐席抢话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction data</source>
        <translation>客户交互数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat contact</source>
        <translation>重复来电</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first response (s)</source>
        <translation>首次响应（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold (s)</source>
        <translation>保持（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved (yes/no)</source>
        <translation>是否解决（填 yes 或 no）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>site code</source>
        <translation>门店/团队代码</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, anywhere</source>
        <translation>%1，任意位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in the first %2 turns</source>
        <translation>%1，前 %2 轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in the last %2 turns</source>
        <translation>%1，最后 %2 轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in the first %2 s</source>
        <translation>%1，前 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in the last %2 s</source>
        <translation>%1，最后 %2 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>over %1 s</source>
        <translation>超过 %1 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>over the channel&apos;s target</source>
        <translation>超过渠道目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, at least %1 times</source>
        <translation>，至少 %1 次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All of %1 (%2%3)</source>
        <translation>全部出现 %1（%2%3）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any of %1 (%2%3)</source>
        <translation>任一出现 %1（%2%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern «%1» (%2%3)</source>
        <translation>模式 «%1»（%2%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence between turns %1</source>
        <translation>轮次间静默%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s first response %1</source>
        <translation>坐席首次响应%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait for the agent %1</source>
        <translation>客户最长等待%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least %1 within %2</source>
        <comment>earlier contacts, days</comment>
        <translation>同一顾客 %2内此前至少联系 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n earlier contact(s) of the same customer</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <source>channel (call, chat, email, social, visit)</source>
        <translation>渠道（填 call、chat、email、social 或 visit）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3</source>
        <comment>a field, a comparison and a value</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1»</source>
        <comment>a phrase quoted</comment>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Agent interrupts the customer at least %n time(s)</source>
        <translation>
            <numerusform>坐席抢话至少 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction data: %1</source>
        <translation>客户交互数据：%1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>&amp;Add a condition</source>
        <translation>添加条件(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the chosen group, or joined with the chosen condition by &quot;all of these&quot;.</source>
        <translation>添加到所选条件组中，或与所选条件以“以下全部”组合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the first N turns</source>
        <translation>前 N 轮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the last N turns</source>
        <translation>最后 N 轮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the first N seconds</source>
        <translation>前 N 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the last N seconds</source>
        <translation>最后 N 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All of them must be said (otherwise any one)</source>
        <translation>须全部说出（否则任一即可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One phrase a line; near-synonyms and both languages in one list</source>
        <translation>每行一个词组；近义词与中英文可放在同一列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel&apos;s target</source>
        <translation>渠道目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test:</source>
        <translation>检测(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phrases:</source>
        <translation>词组(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patter&amp;n:</source>
        <translation>模式(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;aid by:</source>
        <translation>说话人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Where:</source>
        <translation>位置(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least (times):</source>
        <translation>至少次数(&amp;L)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Over:</source>
        <translation>超过(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wit&amp;hin:</source>
        <translation>时间范围(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>servqa::ConsensusDialog</name>
    <message>
        <location filename="../ui/calibrationdialogs.cpp" line="+283"/>
        <source>Consensus answer</source>
        <translation>共识答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Consensus:</source>
        <translation>共识：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (needed when the consensus changes)</source>
        <translation>原因（修改共识时必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>servqa::ControlChart</name>
    <message>
        <location filename="../ui/charts/controlchart.cpp" line="-182"/>
        <source>%1 to %2: %3 (%4 cases)</source>
        <translation>%1 至 %2：%3（%4 个样本）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week of %1: %2 per 1,000 of %3 interactions; centre %4, limits %5 – %6</source>
        <translation>%1 当周：%3 次客户交互中每千次 %2 件；中心线 %4，控制限 %5 – %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of %1: %2 (%3 cases); centre %4, limits %5 – %6</source>
        <translation>%1 当周：%2（%3 个样本）；中心线 %4，控制限 %5 – %6</translation>
    </message>
</context>
<context>
    <name>servqa::DashboardsPage</name>
    <message>
        <location filename="../ui/dashboardspage.cpp" line="+310"/>
        <location filename="../ui/report/gapreport.cpp" line="+7"/>
        <source>How the gaps are computed</source>
        <translation>差距的计算方法</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>All sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+79"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+62"/>
        <source>All waves</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite:</source>
        <translation>门店/团队(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wave:</source>
        <translation>批次(&amp;W)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;By:</source>
        <translation>按(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum n:</source>
        <translation>最少样本数(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A period with fewer respondents (or evaluations) is shown as too few, not as a number.</source>
        <translation>受访人数（或评估数）少于此数的期间显示为“样本不足”，不显示数值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save chart…</source>
        <translation>保存图表(&amp;S)…</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+19"/>
        <location line="+105"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Evaluation scores: the stored dimension scores of submitted evaluations and validated visits</source>
        <translation>评估得分：已提交评估与已审核暗访所保存的维度得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service indicators against their targets, and their control charts</source>
        <translation>服务指标与目标值对比及其控制图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic screening: how often the active rules flag and match, by period, rule, site and agent</source>
        <translation>智能质检：启用规则的标记率与命中率，按期间、规则、门店/团队与坐席</translation>
    </message>
    <message>
        <location line="+176"/>
        <location line="+204"/>
        <source>Evaluation scores do not come from a survey wave.</source>
        <translation>评估得分不来自调查批次。</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+102"/>
        <source>All forms</source>
        <translation>全部表单</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Audit report (PDF)…</source>
        <translation>质检报告 PDF(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form:</source>
        <translation>表单(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(these three filter the evaluation scores only)</source>
        <translation>（这三项只筛选质检评估得分）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/dashboarddrilldown.cpp" line="+256"/>
        <source>The gap model for these filters as a PDF audit report.</source>
        <translation>按当前筛选条件生成差距模型 PDF 质检报告。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardspage.cpp" line="+10"/>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormulas…</source>
        <translation>计算公式(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trend</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;dimension</source>
        <translation>按维度(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluation scores</source>
        <translation>评估得分(&amp;E)</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>Customer gap (gap 5): perception − expectation, SERVQUAL surveys</source>
        <translation>顾客差距（差距 5）：感知 − 期望，SERVQUAL 问卷</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The five gaps of the gap model, dimension by dimension</source>
        <translation>差距模型的五个差距（按维度）</translation>
    </message>
    <message>
        <location filename="../ui/dashboarddrilldown.cpp" line="-4"/>
        <source>The service indicators for these filters as a PDF report: targets, sites, control charts and open alerts.</source>
        <translation>按当前筛选条件生成服务指标 PDF 报告：目标、各门店/团队、控制图和未确认的预警。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardspage.cpp" line="+363"/>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Screening</source>
        <translation>智能质检(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a point for what is behind it: the responses (gaps 1, 2 and 5) or the evaluations (gap 3).</source>
        <translation>单击数据点可查看其背后的数据：答卷（差距 1、2、5）或质检评估（差距 3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps 1, 2 and 5 in points of the 1–7 scale, gaps 3 and 4 in percentage points; negative: falls short. Standards and promises: Standards page.</source>
        <translation>差距 1、2、5 以 1–7 分制的分值计，差距 3、4 以百分点计；负值表示未达到。服务标准与承诺见“服务标准”页面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>1 Knowledge</source>
        <translation>1 认知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Standards</source>
        <translation>2 标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Delivery</source>
        <translation>3 服务传递</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Communication</source>
        <translation>4 外部沟通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Customer</source>
        <translation>5 顾客</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points on the 1–7 scale</source>
        <translation>1–7 分制的分值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in one customer&apos;s or manager&apos;s SERVQUAL questionnaire.</source>
        <translation>手工录入一份顾客或管理者的 SERVQUAL 问卷。</translation>
    </message>
    <message>
        <location filename="../ui/dashboarddrilldown.cpp" line="-200"/>
        <location filename="../ui/dashboardspage.cpp" line="+5"/>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/dashboardspage.cpp" line="+0"/>
        <source>Perception</source>
        <translation>感知</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/dashboardspage.cpp" line="+0"/>
        <location line="+5"/>
        <source>Gap P − E</source>
        <translation>差距 P − E</translation>
    </message>
    <message>
        <location filename="../ui/dashboardspage.cpp" line="-5"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Respondents</source>
        <translation>受访人数</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Alpha (P)</source>
        <translation>α 系数（感知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge gap</source>
        <translation>认知差距</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap 1: managers&apos; estimate of customers&apos; expectation minus the customers&apos; own (negative: managers expect less). Managers&apos; answers of the site, whatever their date.</source>
        <translation>差距 1：管理者对顾客期望的估计减去顾客自己的期望（负值表示管理者估计偏低）。使用该门店/团队管理者的答卷，不限日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item (largest shortfall first)</source>
        <translation>题目（差距最大者在前）</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardfivegaps.cpp" line="+31"/>
        <source>too few</source>
        <translation>样本不足</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No standard of this dimension, or nothing observed.</source>
        <translation>该维度没有服务标准，或没有观察数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No promise of this dimension, or no case measured.</source>
        <translation>该维度没有对外承诺，或没有测量到的样本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % interval %1 to %2</source>
        <translation>95% 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Raise action on this gap…</source>
        <translation>针对此差距发起措施…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/dashboardspage.cpp" line="+44"/>
        <source>%1 respondents in %2 periods; unweighted SERVQUAL gap %3, weighted %4. Periods with fewer than %5 respondents are left out of the lines (%6 here). Negative: service falls short of what customers expect.</source>
        <translation>%2 个期间共 %1 位受访者；SERVQUAL 差距（不加权）%3，加权 %4。受访人数少于 %5 的期间不画入折线（此处 %6 个）。负值表示服务未达到顾客期望。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>95 % interval %1 to %2 (Welch)</source>
        <translation>95% 置信区间 %1 至 %2（Welch）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click for the answers behind this gap.</source>
        <translation>双击查看此差距背后的回答。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer gap (gap 5), per SERVQUAL dimension:
  item gap = P − E for each respondent who answered both (1–7 scale); missing answers are left out, never 0;
  a respondent&apos;s dimension gap = the mean of their item gaps in the dimension;
  the dimension gap = the mean over respondents, with a 95 % interval mean ± t(0.975, n − 1) · s / √n.
Unweighted SERVQUAL = the mean of the five dimension gaps. Weighted = per respondent Σ (points / total) × dimension gap over the dimensions they have, then the mean over respondents.
Cronbach&apos;s alpha = k / (k − 1) · (1 − Σ item variances / variance of the total), per dimension.

Knowledge gap (gap 1) = managers&apos; mean estimate of customers&apos; expectation − customers&apos; mean expectation, with Welch&apos;s interval.
Standards gap (gap 2) = a standard&apos;s commitment level (1–7) − each customer&apos;s mean expectation of its items; per dimension the mean over the customer&apos;s standards, then over customers.
Delivery gap (gap 3) = the share of observed answers of the items linked to a standard that earn at least half their points − the required share, in percentage points (submitted evaluations and validated visits).
Communication gap (gap 4) = the share of cases that kept a promise (first response in time, resolved at first contact, or a standard met) − the share promised, in percentage points. Per dimension, gaps 3 and 4 pool the observations of its standards or promises. Their 95 % intervals are Wilson score intervals of the share, less the target; the answers of one evaluation count as one cluster (a design effect), so items that fail together widen the interval.

A period with fewer respondents than the minimum n is shown as too few, not as a number. Evaluation scores are the stored dimension scores of submitted evaluations (mean, interval, n).</source>
        <translation>顾客差距（差距 5），按 SERVQUAL 维度计算：
  题目差距 = 同时回答了期望与感知的受访者的 P − E（1–7 分制）；缺失的答案不计入，绝不按 0 处理；
  受访者的维度差距 = 该受访者在该维度各题差距的平均值；
  维度差距 = 所有受访者的平均值，95% 置信区间为 平均值 ± t(0.975, n − 1) · s / √n。
不加权 SERVQUAL = 五个维度差距的平均值。加权 = 每位受访者按 Σ（重要性分值 / 总分）× 维度差距（只计其有数据的维度），再对受访者取平均。
Cronbach α 系数 = k / (k − 1) ·（1 − 各题方差之和 / 总分方差），按维度计算。

认知差距（差距 1）= 管理者对顾客期望的平均估计 − 顾客的平均期望，置信区间采用 Welch 方法。
标准差距（差距 2）= 服务标准的承诺水平（1–7）− 每位顾客对该标准相关题目的平均期望；按维度先对该顾客的各项标准取平均，再对顾客取平均。
服务传递差距（差距 3）= 与标准关联的条目中，得分不低于该条目分值一半的答案比例 − 要求的比例，以百分点计（已提交的评估与已审核的暗访）。
外部沟通差距（差距 4）= 兑现承诺的次数比例（按时首次响应、首次联络即解决或符合某项标准）− 承诺的比例，以百分点计。按维度计算时，差距 3、4 汇总该维度所有标准或承诺的观察数据。其 95% 置信区间为比例的 Wilson 得分区间减去目标值；同一次评估中的答案视为一个群组（设计效应），因此一起不合格的条目会使区间变宽。

受访人数少于最少样本数的期间显示为“样本不足”，不显示数值。评估得分是已提交评估中保存的维度得分（平均值、置信区间、n）。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardexport.cpp" line="+38"/>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+4"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>customer-gap.pdf</source>
        <translation>顾客差距.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>control-chart.pdf</source>
        <translation>控制图.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>screening.pdf</source>
        <translation>智能质检.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector) (*.pdf);;PNG image (*.png)</source>
        <translation>PDF（矢量）(*.pdf);;PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>indicators-report_%1_%2.pdf</source>
        <translation>服务指标报告_%1_%2.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the indicators report</source>
        <translation>保存服务指标报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the indicators report…</source>
        <translation>正在生成服务指标报告…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>screening-report_%1_%2.pdf</source>
        <translation>智能质检报告_%1_%2.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the screening report</source>
        <translation>保存智能质检报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the screening report…</source>
        <translation>正在生成智能质检报告…</translation>
    </message>
    <message>
        <location filename="../ui/dashboarddrilldown.cpp" line="+135"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers to item %1</source>
        <translation>第 %1 题的回答</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location filename="../ui/dashboardspage.cpp" line="-229"/>
        <source>Fi&amp;ve gaps</source>
        <translation>五个差距(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gap:</source>
        <translation>差距(&amp;G)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter s&amp;urvey…</source>
        <translation>录入问卷(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/dashboarddrilldown.cpp" line="+62"/>
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Responses behind the point</source>
        <translation>数据点背后的答卷</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>填写时间</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%1, %2 to %3: %Ln respondent(s), the largest shortfall first</source>
        <translation>
            <numerusform>%1，%2 至 %3：%Ln 位受访者，差距最大者在前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%1. %2 (%3): %Ln answer(s), the largest shortfall first</source>
        <translation>
            <numerusform>%1. %2（%3）：%Ln 条回答，差距最大的在前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Screening for these filters as a PDF report: hit rates by period, rule, site and agent, and how each rule agrees with the inspectors.</source>
        <translation>将当前筛选条件下的智能质检生成 PDF 报告：按期间、规则、门店/团队与坐席的命中率，以及各规则与质检员的一致性。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardexport.cpp" line="-50"/>
        <source>gap-report_%1_%2.pdf</source>
        <translation>差距报告_%1_%2.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the gap report</source>
        <translation>保存差距报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location line="+20"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Writing the gap report…</source>
        <translation>正在生成差距报告…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <location line="+20"/>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
</context>
<context>
    <name>servqa::DimensionProfileChart</name>
    <message>
        <location filename="../ui/charts/dimensionprofilechart.cpp" line="+129"/>
        <source>Perception (P)</source>
        <translation>感知（P）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expectation (E)</source>
        <translation>期望（E）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>Gap P − E</source>
        <translation>差距 P − E</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SERVQUAL by dimension</source>
        <translation>各维度 SERVQUAL</translation>
    </message>
</context>
<context>
    <name>servqa::DisputeDialog</name>
    <message>
        <location filename="../ui/disputedialogs.cpp" line="+24"/>
        <source>Dispute items</source>
        <translation>申诉条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for the dispute</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick the items you dispute and give each a reason. A QA lead decides each one.</source>
        <translation>勾选要申诉的条目并逐条填写理由，由质检主管逐条裁定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dispute</source>
        <translation>申诉(&amp;D)</translation>
    </message>
</context>
<context>
    <name>servqa::EditorDialog</name>
    <message>
        <location filename="../ui/editordialog.cpp" line="+18"/>
        <source>Discard Changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard Changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go On Editing</source>
        <translation>继续编辑(&amp;G)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What you entered here is not saved.</source>
        <translation>此处填写的内容尚未保存。</translation>
    </message>
</context>
<context>
    <name>servqa::EvaluationEditor</name>
    <message>
        <location filename="../ui/evaluationeditor.cpp" line="+297"/>
        <source>No evaluation open: choose an assignment and press Enter, or draw a sample.</source>
        <translation>未打开评估：选择一项任务后按 Enter，或先抽样。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Interaction %1 does not exist.</source>
        <translation>客户交互 %1 不存在。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs evidence: attach a photo or receipt to this item</source>
        <translation>需要证据：请为此条目附加照片或小票</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2, version %3 · %4</source>
        <translation>%1 — %2，版本 %3 · %4</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent / employee: %1</source>
        <translation>坐席/员工：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first response %1</source>
        <translation>首次响应 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved on this contact</source>
        <translation>本次联络已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not resolved on this contact</source>
        <translation>本次联络未解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1 / %2</source>
        <translation>来源：%1 / %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recording %1 is in the recordings folder, and this computer has none chosen for this server: choose it in Settings ▸ Workspace.</source>
        <translation>录音 %1 位于录音文件夹中，而本机尚未为此服务器选择录音文件夹：请在“设置 ▸ 工作区”中选择。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live score</source>
        <translation>实时得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verall comment:</source>
        <translation>总体备注(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went well, what to coach…</source>
        <translation>做得好的地方、需要辅导的地方…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (%1)</source>
        <translation>撤销（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (%1)</source>
        <translation>重做（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: Y yes · N no · A not applicable · 1–7 rating · digits then Enter for numbers and times · Ctrl+M comment on the item · Ctrl+Shift+M overall comment · Delete clear · Tab next item · Ctrl+Z undo · Ctrl+S save · Ctrl+Enter submit · Ctrl+Space play · Ctrl+T time stamp</source>
        <translation>按键：Y 是 · N 否 · A 不适用 · 1–7 评分 · 输入数字后按 Enter 填写数值和时间 · Ctrl+M 条目备注 · Ctrl+Shift+M 总体备注 · Delete 清除 · Tab 下一条目 · Ctrl+Z 撤销 · Ctrl+S 保存 · Ctrl+Enter 提交 · Ctrl+Space 播放 · Ctrl+T 时间戳</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Auto-failed: %1</source>
        <translation>自动不合格：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass (pass mark %1)</source>
        <translation>合格（合格线 %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fail (pass mark %1)</source>
        <translation>不合格（合格线 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So far: no pass or fail until every required item is answered</source>
        <translation>暂定：所有必答条目作答前不判定合格与否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing scored yet</source>
        <translation>尚未计分</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 required items answered</source>
        <translation>必答条目已答 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n optional item(s) not answered, left out of the score</source>
        <translation>
            <numerusform>%n 个选答条目未作答，不计入得分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>so far %1</source>
        <translation>暂计 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes…</source>
        <translation>有未保存的修改…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved at %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/evaluationeditorsaving.cpp" line="+78"/>
        <source>The server cannot be reached: your draft is kept on this computer and saved to the server as soon as it is back.</source>
        <translation>无法连接服务器：你的草稿已保留在本机，服务器恢复后会立即保存到服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached, and your draft could not be kept on this computer (%1): leave ServQA open until the server is back.</source>
        <translation>无法连接服务器，且草稿未能保留在本机（%1）：请保持 ServQA 打开，直到服务器恢复。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server is back: your draft is saved.</source>
        <translation>服务器已恢复：您的草稿已保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is back: your draft is saved. The copy kept on this computer stays (%1).</source>
        <translation>服务器已恢复：草稿已保存。保留在本机的副本仍在（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>The draft could not be saved: %1</source>
        <translation>草稿无法保存：%1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Saved elsewhere meanwhile</source>
        <translation>此草稿已在别处保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This draft was saved at %1 at another desk or in another window, after you opened it here. Which answers do you keep?</source>
        <translation>您在此处打开此草稿后，它已于 %1 在另一台电脑或另一个窗口中被保存。要保留哪一份答案？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the answers here</source>
        <translation>保留此处的答案(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the other save (the answers here are dropped)</source>
        <translation>打开另一份保存(&amp;O)（此处的答案将被放弃）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened the draft as it was saved at %1.</source>
        <translation>已打开 %1 保存的草稿。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n required item(s) not answered: %1</source>
        <translation>
            <numerusform>%n 个必答条目未作答：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say in the item&apos;s comment (Ctrl+M) why the measured value was changed: %1</source>
        <translation>请在条目备注（Ctrl+M）中说明修改测得数值的原因：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submitted for review.</source>
        <translation>已提交，等待审核。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Submitted: %1</source>
        <translation>已提交：%1</translation>
    </message>
</context>
<context>
    <name>servqa::EvaluationListModel</name>
    <message>
        <location filename="../ui/evaluationlistmodel.cpp" line="+76"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 score (%)</source>
        <translation>%1得分（%）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interaction time</source>
        <translation>交互时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent / employee</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>servqa::EvaluationsPage</name>
    <message>
        <location filename="../ui/evaluationspage.cpp" line="+277"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite:</source>
        <translation>门店/团队(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form:</source>
        <translation>表单(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nspector:</source>
        <translation>质检员(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ore:</source>
        <translation>得分(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every evaluation the filters select, in the list&apos;s order.</source>
        <translation>按列表顺序导出筛选出的全部评估。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+54"/>
        <source>All inspectors</source>
        <translation>全部质检员</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>All but drafts</source>
        <translation>除草稿外全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (incl. auto-failed)</source>
        <translation>不合格（含自动不合格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>All sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>All forms</source>
        <translation>全部表单</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Evaluation details</source>
        <translation>评估详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section / item</source>
        <translation>部分/条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item / field</source>
        <translation>条目/字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / note</source>
        <translation>理由/备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answers</source>
        <translation>答案(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;knowledge</source>
        <translation>确认(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this evaluation as it stands.</source>
        <translation>按当前结果确认此评估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispute items…</source>
        <translation>申诉条目(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resol&amp;ve disputes…</source>
        <translation>处理申诉(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF r&amp;eport…</source>
        <translation>PDF 报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected evaluation as a PDF audit report.</source>
        <translation>将所选评估生成 PDF 质检报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise ac&amp;tion…</source>
        <translation>发起措施(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A corrective action on what this evaluation showed, verified later on its form&apos;s scores at the store.</source>
        <translation>针对此评估反映的问题发起纠正措施，之后按该门店此表单的得分验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No overall comment.</source>
        <translation>无总体备注。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln 条评估</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an evaluation in the list first.</source>
        <translation>请先在列表中选择一条评估。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action is raised on a failed or disputed evaluation, by someone working.</source>
        <translation>只能针对不合格或有异议的评估发起措施，且需先选择当前身份。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a store or team manager, or a QA lead, acknowledges and disputes evaluations.</source>
        <translation>只有门店经理/团队主管或质检主管可以确认或申诉评估。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evaluation is %1: only a submitted or resolved one is acknowledged.</source>
        <translation>此评估状态为%1：只有已提交或已处理的评估可以确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evaluation is %1: only a submitted one can be disputed.</source>
        <translation>此评估状态为%1：只有已提交的评估可以申诉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a QA lead decides disputes.</source>
        <translation>只有质检主管可以处理申诉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This evaluation has no open dispute.</source>
        <translation>此评估没有待处理的申诉。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/evaluationsteps.cpp" line="+118"/>
        <source>auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 · inspector %3 · %4
Score %5 (pass mark %6) %7
%8</source>
        <translation>%1，版本 %2 · 质检员 %3 · %4
得分 %5（合格线 %6）%7
%8</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not answered)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open: %1 (%2)</source>
        <translation>待处理：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by %1: %2</source>
        <translation>%1 维持原答案：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed from %1 by %2: %3</source>
        <translation>%2 将答案从 %1 修改：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed by %1: %2</source>
        <translation>%1 申诉：%2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/evaluationsteps.cpp" line="-84"/>
        <source>Cannot acknowledge</source>
        <translation>无法确认</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>evaluation-%1.pdf</source>
        <translation>质检评估-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the evaluation report</source>
        <translation>保存评估报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evaluation %1 of %2, %3: %4</source>
        <translation>评估 %1（%2，%3）：%4</translation>
    </message>
    <message>
        <location filename="../ui/evaluationspage.cpp" line="+55"/>
        <location line="+32"/>
        <source>Export evaluations</source>
        <translation>导出评估</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>evaluations.csv</source>
        <translation>评估.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 evaluations written to %2.</source>
        <translation>已将 %1 条评估写入 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting evaluations…</source>
        <translation>正在导出评估…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>servqa::FmeaModeDialog</name>
    <message>
        <location filename="../ui/fmeatab.cpp" line="+50"/>
        <source>Add a failure mode</source>
        <translation>添加失效模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the failure mode</source>
        <translation>修改失效模式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step of the service: greeting, checkout…</source>
        <translation>服务步骤：问候、结账…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What goes wrong: customer not greeted within 30 s</source>
        <translation>失效内容：如顾客进店30秒内未被问候</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What prevents or detects it today</source>
        <translation>目前用什么预防或发现它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How badly the customer is affected: 1 not at all, 10 harmed or the law broken.</source>
        <translation>对顾客的影响有多严重：1 无影响，10 造成伤害或违法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often it happens: 10 half the time or more, 7 one time in ten, 1 under one in a thousand.</source>
        <translation>发生频率：10 为一半或以上，7 为十次一次，1 为不到千分之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely it goes unnoticed before the customer meets it: 1 always caught, 10 never.</source>
        <translation>在顾客遇到之前未被发现的可能性：1 总能发现，10 从不能发现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item measures it</source>
        <translation>无衡量条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Propose from data</source>
        <translation>按数据建议(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The occurrence rating of the item&apos;s failure rate over the last 90 days, every site.</source>
        <translation>按该条目近 90 天（全部门店/团队）的不合格率给出发生度评分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P&amp;rocess:</source>
        <translation>流程(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep:</source>
        <translation>步骤(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failure mode:</source>
        <translation>失效模式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effect:</source>
        <translation>影响(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontrols:</source>
        <translation>现行控制(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured by:</source>
        <translation>衡量条目(&amp;M)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>RPN %1 · action priority %2</source>
        <translation>RPN %1 · 措施优先级 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The item was not answered in the last 90 days: no rate to go by.</source>
        <translation>该条目近 90 天没有作答：无法得出比率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item failed %1 of %2 times in the last 90 days (%3 %): occurrence %4.</source>
        <translation>该条目近 90 天 %2 次中不合格 %1 次（%3 %）：发生度 %4。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A failure mode needs its process, its step and what goes wrong.</source>
        <translation>失效模式需要填写流程、步骤和失效内容。</translation>
    </message>
</context>
<context>
    <name>servqa::FmeaTab</name>
    <message>
        <location line="+54"/>
        <source>FMEA %1 · %2 · %3</source>
        <translation>FMEA %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>P&amp;rocess:</source>
        <translation>流程(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add failure mode…</source>
        <translation>添加失效模式(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise &amp;action…</source>
        <translation>发起措施(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recommended action, as a corrective action linked to this failure mode.</source>
        <translation>将建议措施作为纠正措施发起，并与此失效模式关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate a&amp;gain…</source>
        <translation>重新评分(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity, occurrence and detection after the action, kept beside the first rating.</source>
        <translation>措施后的严重度、发生度和探测度，与首次评分并列保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPN = S × O × D. The action priority is the AIAG &amp; VDA FMEA Handbook&apos;s (2019): severity first, then occurrence, then detection — a high severity is not outweighed by a good detection. Kept by a QA lead or an administrator.</source>
        <translation>RPN = S × O × D。措施优先级依据 AIAG &amp; VDA FMEA 手册（2019）：先看严重度，再看发生度，最后看探测度——高严重度不会因探测度好而被抵消。由质检主管或管理员维护。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure mode</source>
        <translation>失效模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S · O · D</source>
        <translation>S · O · D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>措施后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPN after</source>
        <translation>措施后 RPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP after</source>
        <translation>措施后 AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Every process</source>
        <translation>全部流程</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Controls: %2</source>
        <translation>%1
现行控制：%2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Rate again: %1</source>
        <translation>重新评分：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before: %1</source>
        <translation>措施前：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPN %1 · action priority %2</source>
        <translation>RPN %1 · 措施优先级 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity after:</source>
        <translation>措施后严重度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occurrence after:</source>
        <translation>措施后发生度(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detection after:</source>
        <translation>措施后探测度(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>servqa::FormBuilder</name>
    <message>
        <location filename="../ui/formbuilder.cpp" line="+106"/>
        <source>Edit %1 (version %2)</source>
        <translation>编辑 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scorecard (calls, chats, emails)</source>
        <translation>评分表（电话、在线客服、邮件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist (store visits)</source>
        <translation>检查表（暗访）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bonus points may not lift the score above 100 %</source>
        <translation>加分不得使得分超过 100%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code and &amp;name:</source>
        <translation>编码和名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pass mark:</source>
        <translation>合格线(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section / item</source>
        <translation>部分/条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add &amp;section</source>
        <translation>添加部分(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;item</source>
        <translation>添加条目(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up; or drag</source>
        <translation>Ctrl+Up，或拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down; or drag</source>
        <translation>Ctrl+Down，或拖动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Save as dr&amp;aft</source>
        <translation>保存为草稿(&amp;A)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Rename the form</source>
        <translation>重命名表单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the code</source>
        <translation>修改编码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the kind</source>
        <translation>修改类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the pass mark</source>
        <translation>修改合格线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the bonus cap</source>
        <translation>修改加分上限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer sample items here (Y, N, A, digits) to check the scoring before you save.</source>
        <translation>在此回答示例条目（Y、N、A、数字），保存前检查计分。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pr&amp;operties</source>
        <translation>属性(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>New item</source>
        <translation>新条目</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Add a section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add an item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reorder</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>选答</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+52"/>
        <source>this form</source>
        <translation>此表单</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview score %1 %2
%3</source>
        <translation>预览得分 %1 %2
%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your changes to this scorecard are not saved.</source>
        <translation>对此评分表的更改尚未保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved elsewhere</source>
        <translation>已在别处保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes as a new draft version beside theirs, or go on editing (to see theirs, close without saving and open the form again).</source>
        <translation>可以把你的修改另存为新的草稿版本（与对方的版本并存），或继续编辑（要查看对方的修改，请不保存关闭后重新打开表单）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a New Draft Version</source>
        <translation>另存为新草稿版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go On Editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>servqa::FormPropertiesPanel</name>
    <message>
        <location filename="../ui/formproperties.cpp" line="+60"/>
        <source>Section &amp;title:</source>
        <translation>部分标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section &amp;kind:</source>
        <translation>部分类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section &amp;weight:</source>
        <translation>部分权重(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard sections score points. Bonus sections add points on top. Critical sections hold checks that fail the whole evaluation when missed.</source>
        <translation>常规部分正常计分；加分部分在此之外另加分数；关键项部分中的条目一旦不合格，整个评估即不合格（一票否决）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Critical: failing it fails the whole evaluation</source>
        <translation>关键项：此项不合格则整个评估不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be answered “not applicable”</source>
        <translation>可回答“不适用”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required before submitting</source>
        <translation>提交前必答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs evidence (a photo or receipt) on a store visit</source>
        <translation>暗访时需要证据（照片或小票）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A measured item is filled from the interaction&apos;s own data; the inspector may change it only with a comment saying why, and the change is audited.</source>
        <translation>测量条目由客户交互自身的数据填入；质检员只能在备注中说明原因后修改，修改会记入历史记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item &amp;text:</source>
        <translation>条目内容(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eight:</source>
        <translation>权重(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVQUAL di&amp;mension:</source>
        <translation>SERVQUAL 维度(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tar&amp;get range:</source>
        <translation>目标范围(&amp;G)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;LA (seconds):</source>
        <translation>SLA（秒）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filled from:</source>
        <translation>数据来源(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help for the inspector:</source>
        <translation>给质检员的说明(&amp;H)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename the section</source>
        <translation>重命名部分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the section kind</source>
        <translation>修改部分类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the section weight</source>
        <translation>修改部分权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the item text</source>
        <translation>修改条目内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the item type</source>
        <translation>修改条目类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the item weight</source>
        <translation>修改条目权重</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the dimension</source>
        <translation>修改维度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the critical flag</source>
        <translation>修改关键项标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow or forbid N/A</source>
        <translation>允许或禁止不适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change required</source>
        <translation>修改必答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change evidence needed</source>
        <translation>更改是否需要证据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change what fills the item</source>
        <translation>修改条目的数据来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the help text</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the target</source>
        <translation>修改目标</translation>
    </message>
</context>
<context>
    <name>servqa::FormVersionModel</name>
    <message>
        <location filename="../ui/formversionmodel.cpp" line="+59"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
</context>
<context>
    <name>servqa::GapTrendChart</name>
    <message>
        <location filename="../ui/charts/gaptrendchart.cpp" line="+122"/>
        <source>week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Q%2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2: gap %3</source>
        <translation>%1，%2：差距 %3</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1, %2: score %3 %</source>
        <translation>%1，%2：得分 %3%</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (to date)</source>
        <translation>%1（截至今日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: too few to show (n = %3)</source>
        <translation>%1，%2：样本不足，不显示（n = %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2: gap %3 percentage points</source>
        <translation>%1，%2：差距 %3 个百分点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(95 % interval %1 to %2)</source>
        <translation>（95% 置信区间 %1 至 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gap P − E (points on the 1–7 scale)</source>
        <translation>差距 P − E（1–7 分制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension score of evaluations (%)</source>
        <translation>评估的维度得分（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (percentage points)</source>
        <translation>%1（百分点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (points on the 1–7 scale)</source>
        <translation>%1（1–7 分制的分值）</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>to date</source>
        <translation>截至今日</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dimension scores of evaluations</source>
        <translation>评估的维度得分</translation>
    </message>
</context>
<context>
    <name>servqa::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="-284"/>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import:</source>
        <translation>导入内容(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source &amp;system:</source>
        <translation>来源系统(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT &amp;scale:</source>
        <translation>满意度量表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 to %1</source>
        <translation>1 到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale of the survey&apos;s satisfaction question, for a new survey; a survey imported before keeps its own.</source>
        <translation>问卷满意度题目的量表，用于新问卷；已导入过的问卷保持其原有量表。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Survey &amp;wave:</source>
        <translation>调查批次(&amp;W)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sur&amp;vey:</source>
        <translation>问卷(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. SMS survey after the call (created if new)</source>
        <translation>例如：通话后短信回访（不存在时新建）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2025 Q1 customer survey (created if new)</source>
        <translation>例如 2025 年第一季度顾客调查（不存在时新建）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is a JSON file of timed transcripts (each interaction&apos;s turns, with who spoke and when): it has no columns to match, and is read whole and checked when you import it.</source>
        <translation>%1 是带时间的转写文本 JSON 文件（每次客户交互的各轮发言，含说话人和时间）：无需对应列，导入时将整体读取并检查。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Used when the file has no source column. With the external ID it identifies an interaction, so importing the same file again updates rather than duplicates.</source>
        <translation>文件中没有来源列时使用。它与外部编号一起唯一标识一条客户交互，因此重复导入同一文件会更新而不会重复。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>CSV files (*.csv *.txt);;JSON transcripts (*.json);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;JSON 转写文本 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Preview (first rows)</source>
        <translation>预览（前几行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns (* required)</source>
        <translation>列映射（* 为必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im&amp;port</source>
        <translation>导入(&amp;P)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Choose a CSV file above (UTF-8 or GB18030, the column names on its first line): its first rows show here, and each column is matched to a field below, which you can change. Transcripts can also come as a JSON file.</source>
        <translation>请在上方选择一个 CSV 文件（UTF-8 或 GB18030 编码，第一行为列名）：其前几行会显示在这里，每一列会自动对应到下方的字段，您可以修改对应关系。转写文本也可以是 JSON 文件。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Detected encoding: %1</source>
        <translation>检测到的编码：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its columns are those of this kind of import: %1.</source>
        <translation>其各列符合此类导入：%1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— not in file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only transcripts are read from a JSON file.</source>
        <translation>JSON 文件只能作为转写文本导入。</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+28"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>servqa::IndicatorTargetDialog</name>
    <message>
        <location filename="../ui/indicatortargetsbox.cpp" line="+258"/>
        <source>Edit indicator target</source>
        <translation>编辑指标目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New indicator target</source>
        <translation>新建指标目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every site</source>
        <translation>所有门店/团队</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Within:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning below:</source>
        <translation>低于此值预警：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alarm below:</source>
        <translation>低于此值报警：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> %</source>
        <comment>after a percentage</comment>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>servqa::IndicatorTargetsBox</name>
    <message>
        <location line="-282"/>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+94"/>
        <location line="+37"/>
        <location line="+15"/>
        <source>Indicator targets</source>
        <translation>指标目标值</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alarm</source>
        <translation>报警值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;preset</source>
        <translation>应用预设(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run rules of the control charts and their alerts:</source>
        <translation>控制图及其预警使用的判异规则：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule 1: a point beyond a control limit (3σ)</source>
        <translation>规则 1：一个点超出控制限（3σ）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule 2: 2 of 3 points in a row beyond 2σ, on one side</source>
        <translation>规则 2：连续 3 点中有 2 点在同一侧超出 2σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule 3: 4 of 5 points in a row beyond 1σ, on one side</source>
        <translation>规则 3：连续 5 点中有 4 点在同一侧超出 1σ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule 4: 8 points in a row on one side of the centre</source>
        <translation>规则 4：连续 8 点落在中心线同一侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule 5: 6 points in a row rising or falling</source>
        <translation>规则 5：连续 6 点递增或递减</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule 6: 14 points in a row alternating up and down</source>
        <translation>规则 6：连续 14 点上下交替</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule 7: 15 points in a row within 1σ of the centre</source>
        <translation>规则 7：连续 15 点落在中心线 1σ 以内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule 8: 8 points in a row beyond 1σ, on either side</source>
        <translation>规则 8：连续 8 点落在中心线两侧且均超出 1σ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Western Electric)</source>
        <translation>（西方电气规则）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (Nelson)</source>
        <translation>（Nelson 规则）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the warning level an indicator warns, below the alarm level it alarms (on the Alerts page). The most specific target applies: a site&apos;s over its region&apos;s over every site&apos;s, a channel&apos;s over every channel&apos;s. A channel&apos;s first-response time for every site is the one above. A preset sets the targets it names and keeps the others.</source>
        <translation>指标低于预警值时预警，低于报警值时报警（见“预警”页）。适用范围最具体的目标优先：门店/团队的优先于区域的，区域的优先于所有门店的；单一渠道的优先于所有渠道的。各渠道适用于所有门店的首次响应时限即上方的设置。应用预设只设置其列出的目标，其他目标保持不变。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every site</source>
        <translation>所有门店/团队</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Run rules</source>
        <translation>判异规则</translation>
    </message>
</context>
<context>
    <name>servqa::IndicatorsTab</name>
    <message>
        <location filename="../ui/indicatorstab.cpp" line="+136"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target / warning / alarm</source>
        <translation>目标值 / 预警值 / 报警值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+134"/>
        <source>Cases</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The indicator chosen: p chart of a share, individuals chart of a mean</source>
        <translation>所选指标：比例用 p 图，均值用单值图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation scores: X̄–R, 5 evaluations a week</source>
        <translation>评估得分：X̄–R 图，每周 5 份评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation scores: X̄–S, up to 25 evaluations a week</source>
        <translation>评估得分：X̄–S 图，每周至多 25 份评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Baseline…</source>
        <translation>基线(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the weeks whose data set the control limits; they stay frozen until set again. A QA lead or an administrator sets them.</source>
        <translation>选择用来计算控制限的各周；控制限在重新设定前保持不变。由质检主管或管理员设定。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (within %2)</source>
        <translation>%1（%2 以内）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (95 %: %2 to %3)</source>
        <translation>%1（95%：%2 至 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Chart of %1 for this site: its limits come from the weeks chosen, until set again.</source>
        <translation>本门店/团队的%1控制图：控制限取自所选各周，直到重新设定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of %1 for every site together and for each region: their limits come from the weeks chosen, until set again. A site&apos;s own chart keeps its own baseline.</source>
        <translation>全部门店/团队合计及各区域的%1控制图：控制限取自所选各周，直到重新设定。单个门店/团队的控制图保留自己的基线。</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Double-click a point for the cases behind it.</source>
        <translation>双击某个点，查看其背后的样本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the trend: the target is the green line, the warning level orange, the alarm level red.</source>
        <translation>趋势图中：目标值为绿线，预警值为橙线，报警值为红线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The indicator chosen by month (by week over 13 weeks or less), against its target</source>
        <translation>所选指标按月（13 周及以内按周）与目标值对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints per 1,000 interactions: u chart by week</source>
        <translation>每千次客户交互投诉数：按周 u 图</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 to %2: %3 indicators under their alarm level, %4 under their warning level. Choose one for its trend against its target or its weekly control chart (26 weeks to the period&apos;s end).</source>
        <translation>%1 至 %2：%3 项指标低于报警值，%4 项低于预警值。选择一项指标查看其与目标值的趋势对比或每周控制图（截至期末的 26 周）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation scores</source>
        <translation>评估得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2: %3 cases, %4 of them against the indicator (listed first).</source>
        <translation>%1 至 %2：共 %3 个样本，其中 %4 个不利于该指标（排在前面）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first %1 are listed.</source>
        <translation>列出前 %1 个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was measured</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click a case to open it.</source>
        <translation>双击某个样本即可打开。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+51"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Baseline of the control chart</source>
        <translation>控制图的基线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the evaluation scores</source>
        <translation>评估得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the complaints per 1,000 interactions</source>
        <translation>每千次客户交互投诉数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;First weeks</source>
        <translation>最初各周(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the chart&apos;s first 20 weeks.</source>
        <translation>恢复为控制图的最初 20 周。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A baseline needs at least two weeks, the first before the last.</source>
        <translation>基线至少需要两周，且起始周须早于结束周。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 against its target</source>
        <translation>%1与目标值对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by week: %2</source>
        <translation>%1 按周：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p chart</source>
        <translation>p 图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>individuals chart</source>
        <translation>单值图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation scores by week: X̄–R chart, 5 evaluations a week</source>
        <translation>评估得分按周：X̄–R 图，每周 5 份评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation scores by week: X̄–S chart, up to 25 evaluations a week</source>
        <translation>评估得分按周：X̄–S 图，每周至多 25 份评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 interactions by week: u chart</source>
        <translation>每千次客户交互投诉数（按周）：u 图</translation>
    </message>
</context>
<context>
    <name>servqa::InteractionListModel</name>
    <message numerus="yes">
        <location filename="../ui/interactionlistmodel.cpp" line="+70"/>
        <source>Evaluated %n time(s)</source>
        <translation>
            <numerusform>已评估 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flagged by screening: the highest risk a rule raised (the details list the rules).</source>
        <translation>智能质检标记：规则标出的最高风险（详情中列出各条规则）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screened: no rule raised a risk.</source>
        <translation>已筛查：没有规则标出风险。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent / employee</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
</context>
<context>
    <name>servqa::InteractionsPage</name>
    <message>
        <location filename="../ui/interactionspage.cpp" line="+280"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>All sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+63"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite:</source>
        <translation>门店/团队(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff:</source>
        <translation>员工(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions flagged by automatic screening: by the highest risk a rule raised, or by one rule.</source>
        <translation>智能质检标记的客户交互：按规则标出的最高风险，或按某一条规则筛选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customer, ID, agent or transcript</source>
        <translation>搜索客户、编号、坐席或对话记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction details</source>
        <translation>客户交互详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take in a complaint about this interaction: its site, channel and customer are filled in.</source>
        <translation>登记关于此客户交互的投诉：自动填入门店/团队、渠道和顾客。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score this interaction now (%1)</source>
        <translation>立即为此客户交互评分（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site:</source>
        <translation>门店/团队：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent / employee:</source>
        <translation>坐席/员工：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screening:</source>
        <translation>智能质检：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No transcript for this interaction.</source>
        <translation>此客户交互没有对话记录。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>有风险标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium or higher</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High or higher</source>
        <translation>高及以上</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln 条客户交互</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>duration %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first response %1</source>
        <translation>首次响应 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>evaluated %n time(s)</source>
        <translation>
            <numerusform>已评估 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not screened</source>
        <translation>未筛查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rule matched (%1 v%2)</source>
        <translation>没有规则命中（%1 第 %2 版）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 «%2»</source>
        <comment>a rule and the words it found</comment>
        <translation>%1「%2」</translation>
    </message>
</context>
<context>
    <name>servqa::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+231"/>
        <source>About ServQA</source>
        <translation>关于 ServQA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ServQA %1
Service-quality inspection: scorecards, mystery shopping and the SERVQUAL gap model.</source>
        <translation>ServQA %1
服务质量检查：质检评分表、神秘顾客暗访与服务质量差距模型。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Interactions</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Evaluations</source>
        <translation>质检评估</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a Visit Package</source>
        <translation>打开暗访任务包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit packages (*.servqa-visit);;All files (*)</source>
        <translation>暗访任务包 (*.servqa-visit);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+325"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Work queue</source>
        <translation>质检任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits</source>
        <translation>暗访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>Alerts (%1)</source>
        <translation>预警（%1）</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n draft(s) kept on this computer while the server was away saved to it.</source>
        <translation>
            <numerusform>服务器中断期间保留在本机的 %n 份草稿已保存到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts Kept on This Computer</source>
        <translation>保留在本机的草稿</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+116"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Visit Package…</source>
        <translation>打开暗访任务包(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For mystery shoppers: fill in a visit sent as a package, without the workspace.</source>
        <translation>供神秘顾客使用：无需工作区，填写以任务包发来的暗访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for Dama&amp;ge</source>
        <translation>检查损坏(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every page of the workspace and check it (about a second and a half per GB).</source>
        <translation>读取并检查工作区的每一页（每 GB 约一秒半）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put one of the daily backups in the place of this workspace; the file there now is kept beside it.</source>
        <translation>用某个每日备份替换此工作区；现有文件会保留在旁边。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work As…</source>
        <translation>切换身份(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who you are in this workspace: every page acts as this person.</source>
        <translation>选择您在此工作区中的身份：每个页面都以此身份操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ServQA</source>
        <translation>关于 ServQA(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — ServQA</source>
        <translation>%1 — ServQA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ServQA</source>
        <translation>ServQA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only) — ServQA</source>
        <translation>%1（只读）— ServQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged and open read-only: nothing can be changed. Export what you need, or File ▸ Restore from Backup….</source>
        <translation>%1 已损坏，以只读方式打开：不能做任何更改。请导出所需内容，或使用“文件 ▸ 从备份恢复…”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be reached: ServQA tries again every few seconds; what you are editing stays here until it is saved.</source>
        <translation>无法连接 %1：ServQA 每隔几秒重试一次；您正在编辑的内容会保留在这里，直到保存成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to %1 as %2, encrypted (TLS, the server&apos;s certificate checked); the server decides what your role may see and change.</source>
        <translation>已以 %2 的身份登录 %1，连接已加密（TLS，已校验服务器证书）；您的角色能查看和修改什么由服务器决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to %1 as %2; the server decides what your role may see and change.</source>
        <translation>已以 %2 的身份登录 %1；您的角色能查看和修改什么由服务器决定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working as: %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every page acts as the account you signed in with.</source>
        <translation>每个页面都以您登录的账号操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every page acts as this person. Click to change (%1).</source>
        <translation>每个页面都以此身份操作。点击可更改（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace is open read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Restored %1 from its backup.</source>
        <translation>已从备份恢复 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 from its backup; the file that was there is kept as %2.</source>
        <translation>已从备份恢复 %1；原有文件保留为 %2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Daily backup saved: %1</source>
        <translation>已保存每日备份：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shopper key</source>
        <translation>神秘顾客密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the shopper key your QA lead gave you (six groups of four letters and digits, e.g. ABCD-EFGH-JKLM-NPQR-STUV-WXYZ). It is asked only once.</source>
        <translation>请输入质检主管给你的神秘顾客密钥（六组、每组四个字母或数字，例如 ABCD-EFGH-JKLM-NPQR-STUV-WXYZ）。只需输入一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the visit package was cancelled.</source>
        <translation>已取消打开暗访任务包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the visit package</source>
        <translation>无法打开暗访任务包</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServQA workspaces (%1);;All files (*)</source>
        <translation>ServQA 工作区 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected. The password is not remembered: %1.</source>
        <translation>已连接。密码未记住：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workspace.servqa</source>
        <translation>工作区.servqa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServQA workspaces (%1)</source>
        <translation>ServQA 工作区 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdemo.cpp" line="+6"/>
        <source>Building the demo workspace…</source>
        <translation>正在生成演示工作区…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo workspace was built as %1 but could not be named %2.</source>
        <translation>演示工作区已生成为 %1，但无法命名为 %2。</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+42"/>
        <location line="+2"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+56"/>
        <location line="+6"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No active form fits this interaction. Activate one under Scorecards.</source>
        <translation>没有适用于此客户交互的启用表单。请在“评分表”中启用一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score with:</source>
        <translation>使用表单：</translation>
    </message>
</context>
<context>
    <name>servqa::NewCalibrationDialog</name>
    <message>
        <location filename="../ui/calibrationdialogs.cpp" line="-295"/>
        <source>New calibration session</source>
        <translation>新建校准会</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 十二月热线校准会</source>
        <translation>例如：十二月热线校准会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2，第 %3 版</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form:</source>
        <translation>表单：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blind: no one sees another&apos;s answers until scoring closes</source>
        <translation>盲评：截止评分前，任何人都看不到他人的答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inspectors taking part</source>
        <translation>参与的质检员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interactions (1–50)</source>
        <translation>客户交互（1–50 个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same seed on the same data draws the same interactions.</source>
        <translation>相同的数据和相同的种子会抽到相同的客户交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw at random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add by ID: #12, CALL-20251101-0042 …</source>
        <translation>按编号添加：#12、CALL-20251101-0042 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create session</source>
        <translation>创建校准会</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#%1 · %2 · %3 · %4 · %5</source>
        <translation>#%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every channel the form scores</source>
        <translation>该表单适用的全部渠道</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No interaction has the ID %1.</source>
        <translation>没有编号为 %1 的客户交互。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no published form to calibrate on.</source>
        <translation>没有可用于校准的已发布表单。</translation>
    </message>
</context>
<context>
    <name>servqa::ParetoChart</name>
    <message>
        <location filename="../ui/charts/scorecardcharts.cpp" line="+198"/>
        <source>No item failed in this period.</source>
        <translation>本期间没有不合格的条目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Failures</source>
        <translation>失分次数</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cumulative share (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1–%2</source>
        <comment>items numbered from … to</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item (most failures first)</source>
        <translation>条目（按失分次数降序）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cumulative (%)</source>
        <translation>累计（%）</translation>
    </message>
</context>
<context>
    <name>servqa::PdcaTab</name>
    <message>
        <location filename="../ui/pdcatab.cpp" line="+106"/>
        <source>P&amp;lan a cycle…</source>
        <translation>计划循环(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a&amp;ction…</source>
        <translation>加入措施(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An action not yet in a cycle, done for this one (its Do).</source>
        <translation>加入一项尚未属于任何循环的措施，作为本循环的执行内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan (计划): goal, baseline, target</source>
        <translation>计划（Plan）：目标、基线、目标值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do (执行): the actions</source>
        <translation>执行（Do）：措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check (检查): the measure now</source>
        <translation>检查（Check）：当前指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act (处理): standardise or go again</source>
        <translation>处理（Act）：标准化或再循环</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made a standard</source>
        <translation>已纳入标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another cycle</source>
        <translation>已开始下一轮</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Start &amp;doing</source>
        <translation>开始执行(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck…</source>
        <translation>检查(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Act…</source>
        <translation>处理(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No improvement cycle yet. A QA lead plans one: a goal on a measure, its baseline and target.</source>
        <translation>还没有改进循环。由质检主管计划：针对某个衡量指标设定目标、基线和目标值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · owner %2</source>
        <translation>%1 · 负责人 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every site</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: %1; baseline %2 – %3.</source>
        <translation>衡量指标：%1；基线 %2 – %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1 (%2).</source>
        <translation>目标值：%1（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions: %1</source>
        <translation>措施：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check, %1 – %2: %3 against the baseline&apos;s %4, p %5; the target is %6.</source>
        <translation>检查（%1 – %2）：%3，基线为 %4，p %5；目标值%6。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act: made a standard — %1.</source>
        <translation>处理：已纳入标准 —— %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Act: another cycle started.</source>
        <translation>处理：已开始下一轮循环。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Every action is in a cycle or verified: raise one first (Actions ▸ New action…).</source>
        <translation>所有措施都已属于某个循环或已验证：请先发起一项措施（措施 ▸ 新建措施…）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an action to %1</source>
        <translation>为 %1 加入措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The action done for this cycle:</source>
        <translation>本循环要执行的措施：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Check %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The measure now, &amp;from:</source>
        <translation>当前指标，自(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start another cycle from here</source>
        <translation>由此开始下一轮循环</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make it standard %1: %2</source>
        <translation>纳入标准 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Act on %1</source>
        <translation>处理 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the check leads to:</source>
        <translation>根据检查结果：</translation>
    </message>
</context>
<context>
    <name>servqa::PeriodSelector</name>
    <message>
        <location filename="../ui/periodselector.cpp" line="+75"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>servqa::PromiseDialog</name>
    <message>
        <location filename="../ui/standarddialogs.cpp" line="+180"/>
        <source>Edit promise %1</source>
        <translation>编辑承诺 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New promise</source>
        <translation>新建承诺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as customers read it, e.g. We reply to every e-mail within 2 hours</source>
        <translation>按顾客看到的原文填写，例如：所有邮件 2 小时内回复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first response must come within this time: type 90 s, 2 h or 1 h 30 min (a number alone is seconds).</source>
        <translation>首次响应须在此时间内完成：可输入 90 秒、2 小时或 1 小时 30 分钟（只输入数字即为秒）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The share of cases the promise covers: 100 % for a guarantee, 90 % for &quot;9 out of 10&quot;.</source>
        <translation>承诺覆盖的次数比例：保证为 100%，“十次中有九次”为 90%。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise:</source>
        <translation>承诺(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked &amp;by:</source>
        <translation>核查依据(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time promised:</source>
        <translation>承诺时限(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standard:</source>
        <translation>服务标准(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share p&amp;romised:</source>
        <translation>承诺比例(&amp;R)：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving the promise and counting again the cases it covers…</source>
        <translation>正在保存承诺，并重新统计其涵盖的样本…</translation>
    </message>
</context>
<context>
    <name>servqa::RecordingPlayer</name>
    <message>
        <location filename="../ui/recordingplayer.cpp" line="+114"/>
        <source>Recordings cannot be played here: %1</source>
        <translation>此处无法播放录音：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The recording %1 is not there (moved or not copied to this computer).</source>
        <translation>找不到录音 %1（已移动或未复制到此电脑）。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Play / pause (Ctrl+Space)</source>
        <translation>播放/暂停（Ctrl+Space）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 5 s (Ctrl+Left)</source>
        <translation>后退 5 秒（Ctrl+Left）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 5 s (Ctrl+Right)</source>
        <translation>前进 5 秒（Ctrl+Right）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp</source>
        <translation>时间标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the current time into the comment (Ctrl+T); click a stamp to go back there</source>
        <translation>将当前时间写入备注（Ctrl+T）；点击时间标记可跳回该处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
</context>
<context>
    <name>servqa::ResolveDialog</name>
    <message>
        <location filename="../ui/disputedialogs.cpp" line="+29"/>
        <source>Resolve disputes</source>
        <translation>处理申诉</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disputed because</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New answer</source>
        <translation>新答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for the decision</source>
        <translation>裁定理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>未裁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the answer</source>
        <translation>维持原答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the answer</source>
        <translation>修改答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Y, N, A (not applicable) or a number</source>
        <translation>Y（是）、N（否）、A（不适用）或数字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apply decisions</source>
        <translation>应用裁定(&amp;A)</translation>
    </message>
</context>
<context>
    <name>servqa::ResultsPage</name>
    <message>
        <location filename="../ui/resultspage.cpp" line="+297"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact-centre teams</source>
        <translation>客服中心团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PDF for each &amp;store…</source>
        <translation>逐店生成 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One store scorecard PDF per store of the region, for the period.</source>
        <translation>为该区域每家门店生成本期门店计分卡 PDF。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the store</source>
        <translation>返回门店(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluations behind these numbers</source>
        <translation>查看对应的评估(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise &amp;action on the item…</source>
        <translation>针对条目发起措施(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a failed item in the table below: a corrective action on it, verified later on its failure rate.</source>
        <translation>请在下表中选择一个不合格条目：针对它发起纠正措施，之后按其不合格率验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score, last twelve months</source>
        <translation>近十二个月得分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change from the previous period</source>
        <translation>较上期变化</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>%1 (%2): %3 of %4 failed at %5, %6 to %7</source>
        <translation>%1（%2）：%5 在 %6 至 %7 期间 %4 次中不合格 %3 次</translation>
    </message>
    <message>
        <location filename="../ui/resultscard.cpp" line="+130"/>
        <location filename="../ui/resultspage.cpp" line="-335"/>
        <location line="+10"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/resultspage.cpp" line="+0"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.cpp" line="-9"/>
        <location line="+9"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Auto-failed</source>
        <translation>自动不合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open disputes</source>
        <translation>待处理申诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mystery-shop visits</source>
        <translation>暗访数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response within target</source>
        <translation>首次响应达标率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items failed most often</source>
        <translation>最常失分的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed critical items (double-click to open)</source>
        <translation>关键项不合格（双击打开）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents (double-click for an agent&apos;s scorecard)</source>
        <translation>坐席/员工（双击查看个人计分卡）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/resultscard.cpp" line="+0"/>
        <location filename="../ui/resultspage.cpp" line="+0"/>
        <source>Visits</source>
        <translation>暗访数</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <location filename="../ui/resultspage.cpp" line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <location filename="../ui/resultspage.cpp" line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.cpp" line="+199"/>
        <source>%1: n = %2, previous period %3</source>
        <translation>%1：n = %2，上期 %3</translation>
    </message>
    <message>
        <location filename="../ui/resultscard.cpp" line="-101"/>
        <source>Scorecard of %1 (%2)</source>
        <translation>%1（%2）的计分卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent scorecard of %1 (%2)</source>
        <translation>坐席 %1（%2）的计分卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 in %3</source>
        <translation>%3 中第 %1 名（共 %2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 of %2 interactions</source>
        <translation>%1（共 %2 次客户交互）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no interactions with this recorded</source>
        <translation>没有记录此项数据的客户交互</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（n = %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failures</source>
        <translation>失分次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>回答次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (critical)</source>
        <translation>%1（关键项）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Agent</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Service indicators against their targets</source>
        <translation>服务指标与目标值对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service indicators of the agent&apos;s contacts, against their team&apos;s targets</source>
        <translation>坐席所接待联络的服务指标（对照所属门店/团队的目标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open alerts</source>
        <translation>没有未确认的预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open alerts: %1</source>
        <translation>未确认的预警：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open alerts at %1</source>
        <translation>%1 没有未确认的预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open alerts at %1: %2</source>
        <translation>%1 未确认的预警：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <location line="+27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Cases</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complaints in the period: %1</source>
        <translation>本期投诉：%1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints at %1 in the period: %2</source>
        <translation>%1 本期投诉：%2 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 per 1,000 interactions)</source>
        <translation>（每千次客户交互 %1 件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· first responses on time %1 · resolutions on time %2 · open now %3, overdue %4</source>
        <translation>· 首次响应按时率 %1 · 解决按时率 %2 · 当前未结束 %3 件，已超时 %4 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <comment>a complaint: when it came in</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Corrective actions at %1 not yet verified: %2, overdue %3</source>
        <translation>%1 未验证的纠正措施：%2 项，逾期 %3 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.cpp" line="+71"/>
        <source>Save the scorecard report</source>
        <translation>保存计分卡报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the scorecard report…</source>
        <translation>正在生成计分卡报告…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>PDF for each store</source>
        <translation>逐店生成 PDF</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose a region first: the batch writes one PDF per store of a region.</source>
        <translation>请先选择区域：批量生成会为该区域每家门店各写一份 PDF。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the store reports</source>
        <translation>门店报告保存文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing store reports…</source>
        <translation>正在生成门店报告…</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>Reports not written</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>P&amp;DF report…</source>
        <translation>PDF 报告(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call, chat and email evaluations</source>
        <translation>电话、在线客服与邮件评估数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluations of calls, chats and emails</source>
        <translation>对电话、在线客服和邮件的评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated mystery-shop visits: the evaluations of a store</source>
        <translation>已审核的暗访：门店的评估</translation>
    </message>
    <message numerus="yes">
        <location line="+308"/>
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份报告写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servqa::RootCauseDialog</name>
    <message>
        <location filename="../ui/actiondialogs.cpp" line="+7"/>
        <source>Root cause of %1</source>
        <translation>%1 的根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask why the problem happened, then why that happened, up to five times: the last answer is the root cause. List the causes you found by category; mark the root.</source>
        <translation>问问题为什么发生，再问这个原因为什么发生，最多五次：最后的答案就是根本原因。按类别列出找到的原因，并标出根本原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why %1:</source>
        <translation>为什么 %1：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why did it happen?</source>
        <translation>为什么会发生？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add cause</source>
        <translation>添加原因(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove cause</source>
        <translation>删除原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fishbone (人机料法环测):</source>
        <translation>鱼骨图（人机料法环测）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write at least one why or one cause.</source>
        <translation>请至少填写一个“为什么”或一个原因。</translation>
    </message>
</context>
<context>
    <name>servqa::RuleSetDialog</name>
    <message>
        <location filename="../ui/rulesetdialog.cpp" line="+42"/>
        <source>Screening rules: %1, version %2</source>
        <translation>智能质检规则：%1，第 %2 版</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screening rules: %1</source>
        <translation>智能质检规则：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;rule</source>
        <translation>添加规则(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stays the same across versions: results and answers refer to the rule by it.</source>
        <translation>各版本间保持不变：结果与答案通过它引用规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;On</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers the &amp;item</source>
        <translation>回答评分项(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags a ris&amp;k of</source>
        <translation>标记风险(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and when it does not match:</source>
        <translation>未命中时：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>when it matches:</source>
        <translation>命中时：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &amp;name:</source>
        <translation>规则名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rule matches when:</source>
        <translation>规则命中条件：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test on past evaluations</source>
        <translation>用历史评估检验(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as version %1 and activate</source>
        <translation>保存为第 %1 版并启用(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored as a new version; the version active for its channel until now is retired. Interactions are screened with it from now on; screen earlier ones again from Settings.</source>
        <translation>保存为新版本；该渠道此前启用的版本随之停用。此后的客户交互按新版本筛查；较早的客户交互可在“设置”中重新筛查。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Your changes to this rule set are not saved.</source>
        <translation>对此规则集的更改尚未保存。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (in no active scorecard)</source>
        <translation>%1（不在任何启用的评分表中）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New rule %1</source>
        <translation>新规则 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>servqa::RuleTestPanel</name>
    <message>
        <location filename="../ui/ruletestpanel.cpp" line="+128"/>
        <source>&amp;Test on %1 – %2</source>
        <translation>检验 %1 – %2(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the rules as edited over the period&apos;s interactions and compares them with the inspectors&apos; answers. Nothing is written.</source>
        <translation>用当前编辑的规则对该期间的客户交互进行筛查，并与质检员的答案比较。不写入任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched</source>
        <translation>命中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Compared</source>
        <translation>比较数</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>TP</source>
        <translation>真阳性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FP</source>
        <translation>假阳性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FN</source>
        <translation>假阴性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TN</source>
        <translation>真阴性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>κ / AC1</source>
        <translation>κ / AC1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True positives: the rule matched and the inspector gave the rule&apos;s answer.</source>
        <translation>真阳性：规则命中，且质检员给出与规则相同的答案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positives: the rule matched, the inspector did not give its answer.</source>
        <translation>假阳性：规则命中，但质检员未给出该答案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False negatives: the inspector gave the rule&apos;s answer, the rule did not match.</source>
        <translation>假阴性：质检员给出了规则的答案，但规则未命中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True negatives: neither.</source>
        <translation>真阴性：两者都没有。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>客户交互</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule says</source>
        <translation>规则判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector answered</source>
        <translation>质检员答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to read the conversation.</source>
        <translation>双击查看对话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested yet.</source>
        <translation>尚未检验。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Screening the period&apos;s interactions…</source>
        <translation>正在对该期间的客户交互进行筛查…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled after %1 interactions; the figures below count those.</source>
        <translation>已在 %1 条客户交互后取消；下列数字只统计这些客户交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interaction started in the period.</source>
        <translation>该期间没有客户交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions screened, %2 of them flagged as a risk. Compared with the inspectors&apos; submitted answers in the same period.</source>
        <translation>已筛查 %1 条客户交互，其中 %2 条标记为风险。与同期质检员已提交的答案比较。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (off)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interactions the rule could read.</source>
        <translation>规则可读取的客户交互数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flag: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluations that answered %1 on interactions the rule read; %2 N/A left out.</source>
        <translation>在规则可读取的客户交互上回答了 %1 的评估；%2 个不适用已排除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cohen&apos;s κ and Gwet&apos;s AC1 between the rule and the inspectors. %1</source>
        <translation>规则与质检员之间的 Cohen κ 与 Gwet AC1。%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>matched: %1</source>
        <translation>命中：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no match: %1</source>
        <translation>未命中：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched</source>
        <translation>命中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no match</source>
        <translation>未命中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (evaluation %2)</source>
        <translation>%1（评估 %2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The inspector %1.</source>
        <translation>质检员答案：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This interaction has no transcript.</source>
        <translation>该客户交互没有转写文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the rule and the inspector disagree</source>
        <translation>规则与质检员不一致之处</translation>
    </message>
</context>
<context>
    <name>servqa::SampleDialog</name>
    <message>
        <location filename="../ui/sampledialog.cpp" line="+30"/>
        <source>Draw a sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Number per agent:</source>
        <translation>每名坐席数量(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share of each agent&apos;s interactions:</source>
        <translation>每名坐席客户交互的比例(&amp;S)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged first</source>
        <translation>优先抽取已标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A share flagged:</source>
        <translation>已标记占比：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted sampling: each agent&apos;s draw takes the interactions that screening flagged first, or this share of them, and the rest at random.</source>
        <translation>定向抽样：每位坐席的样本优先抽取智能质检标记的客户交互，或按此占比抽取，其余随机抽取。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 risk or above</source>
        <translation>%1风险及以上</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same seed on the same data draws the same interactions.</source>
        <translation>在相同数据上使用相同的种子会抽到相同的客户交互。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Form:</source>
        <translation>表单(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ite:</source>
        <translation>门店/团队(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sc&amp;reening:</source>
        <translation>智能质检(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspec&amp;tors:</source>
        <translation>质检员(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Draw and assign</source>
        <translation>抽样并分配(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interactions already evaluated or assigned with this form are never drawn again.</source>
        <translation>已用此表单评估或已分配的客户交互不会被再次抽中。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No form is active. Activate a scorecard or checklist first.</source>
        <translation>没有启用的表单。请先启用一个评分表或检查表。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drawing the sample…</source>
        <translation>正在抽样…</translation>
    </message>
</context>
<context>
    <name>servqa::ScoreTrendChart</name>
    <message>
        <location filename="../ui/charts/scorecardcharts.cpp" line="-124"/>
        <source>Mean score (%)</source>
        <translation>平均得分（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to date</source>
        <translation>截至今日</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Score (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>servqa::ScorecardsPage</name>
    <message>
        <location filename="../ui/scorecardspage.cpp" line="+54"/>
        <location line="+4"/>
        <source>Import a form</source>
        <translation>导入表单</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+11"/>
        <source>Form files (*.json)</source>
        <translation>表单文件 (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Export form</source>
        <translation>导出表单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New scorecard</source>
        <translation>新评分表</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Section / item</source>
        <translation>部分/条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer type</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVQUAL dimension</source>
        <translation>SERVQUAL 维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import form…</source>
        <translation>导入表单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New form…</source>
        <translation>新建表单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A version that has evaluations is never changed: saving makes the next version.</source>
        <translation>已有评估的版本不会被修改：保存时会生成下一个版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors score with the active version; the form&apos;s other active version is retired.</source>
        <translation>质检员使用启用的版本评分；该表单其他启用的版本将停用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>critical: failing it fails the evaluation</source>
        <translation>关键项：此项不合格则整个评估不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A allowed</source>
        <translation>可选“不适用”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>选答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs evidence</source>
        <translation>需要证据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; </source>
        <comment>between rules</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, version %2 · %3 · pass mark %4 · %n scoring item(s)</source>
        <translation>
            <numerusform>%1，版本 %2 · %3 · 合格线 %4 · %n 个计分条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a workspace first.</source>
        <translation>请先打开工作区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 imported as version %2 (draft). Activate it when it is ready.</source>
        <translation>%1 已导入为版本 %2（草稿）。准备好后请启用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 saved as version %2 (draft). Activate it when it is ready.</source>
        <translation>%1 已保存为版本 %2（草稿）。准备好后请启用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Select a form first.</source>
        <translation>请先选择表单。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Change status</source>
        <translation>修改状态</translation>
    </message>
</context>
<context>
    <name>servqa::ScreeningRulesBox</name>
    <message>
        <location filename="../ui/screeningrulesbox.cpp" line="+42"/>
        <source>built in, used until a set is stored</source>
        <translation>内置，保存规则集前使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New rule set</source>
        <translation>新规则集</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+220"/>
        <source>Import rule set</source>
        <translation>导入规则集</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+9"/>
        <source>Rule sets (*.json)</source>
        <translation>规则集 (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+227"/>
        <source>Export rule set</source>
        <translation>导出规则集</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+192"/>
        <source>Screen again</source>
        <translation>重新筛查</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>The interactions that started in the period are screened with the active rule sets; what earlier versions found stays with those versions.</source>
        <translation>用启用的规则集对该期间开始的客户交互重新筛查；旧版本的结果仍归属旧版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Screen</source>
        <translation>筛查(&amp;S)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Screening rules</source>
        <translation>智能质检规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;Open rules…</source>
        <translation>打开规则(&amp;O)…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Read, test and change the chosen rule set; a change is saved as its next version.</source>
        <translation>查看、检验和修改所选规则集；修改保存为下一版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New rule set…</source>
        <translation>新建规则集(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A set of its own for one channel, starting from the built-in rules.</source>
        <translation>为某一渠道单独建立规则集，从内置规则开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import r&amp;ule file…</source>
        <translation>导入规则文件(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport rule file…</source>
        <translation>导出规则文件(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen a&amp;gain…</source>
        <translation>重新筛查(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen a period&apos;s interactions again with the active rule sets, for example after a change of rules.</source>
        <translation>用启用的规则集对某一期间的客户交互重新筛查，例如在规则修改之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules on</source>
        <translation>启用规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers in transcripts: a line that starts with one of these words and a colon (坐席：, Agent:) is that speaker&apos;s. Words separated by commas.</source>
        <translation>转写文本中的说话人：以下列称呼加冒号开头的行（坐席：、Agent:）属于该说话人。多个称呼用顿号或逗号分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;words</source>
        <translation>保存称呼(&amp;W)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open rules to read and test…</source>
        <translation>打开规则以查看和检验(&amp;O)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved. Transcripts are read with these words from the next screening; screen again to read the stored ones anew.</source>
        <translation>已保存。从下一次筛查起按这些称呼读取转写文本；重新筛查可按新称呼重读已保存的客户交互。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule set %1 version %2 is active: interactions are screened with it from now on.</source>
        <translation>规则集 %1 第 %2 版已启用：此后的客户交互按它筛查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen the interactions of the last three months again with version %1 now? The lists, samples and pre-filled answers follow it.</source>
        <translation>现在用第 %1 版对最近三个月的客户交互重新筛查吗？列表、抽样和预填答案将随之更新。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rule set %1 version %2 written to %3.</source>
        <translation>规则集 %1 第 %2 版已写入 %3。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Screening the interactions of %1 – %2…</source>
        <translation>正在筛查 %1 – %2 的客户交互…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping: the interactions being screened are finished, then the screening&apos;s sums brought up to date…</source>
        <translation>正在停止：先完成正在筛查的客户交互，再更新智能质检汇总…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: %1 interactions were screened again and keep their new results; the rest keep what they had.</source>
        <translation>已取消：%1 条客户交互已重新筛查并保留新结果；其余保留原结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 interactions screened again, %2 of them flagged as a risk.</source>
        <translation>已重新筛查 %1 条客户交互，其中 %2 条标记为风险。</translation>
    </message>
</context>
<context>
    <name>servqa::ScreeningTab</name>
    <message>
        <location filename="../ui/screeningtab.cpp" line="+137"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List by:</source>
        <translation>列表依据(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+93"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Double-click a row to list its interactions.</source>
        <translation>双击一行查看其客户交互。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flagged as a risk only</source>
        <translation>仅标记为风险</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule set is active yet: the first import, or Settings ▸ Screening rules, starts one.</source>
        <translation>尚无启用的规则集：首次导入或“设置 ▸ 智能质检规则”会建立规则集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interaction of these filters has been screened.</source>
        <translation>当前筛选条件下没有已筛查的客户交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions screened by the active rules, %2 of them flagged as a risk (%3).</source>
        <translation>启用规则已筛查 %1 条客户交互，其中 %2 条标记为风险（%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Matched</source>
        <translation>命中</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>flags a risk</source>
        <translation>标记风险</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answers an item</source>
        <translation>回答评分项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Screened</source>
        <translation>已筛查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag rate</source>
        <translation>标记率</translation>
    </message>
</context>
<context>
    <name>servqa::ScreeningTrendChart</name>
    <message>
        <location filename="../ui/charts/screeningtrendchart.cpp" line="-121"/>
        <source>%1 Q%2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, only its days in the period</source>
        <translation>%1（仅期间内的日子）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 screened, %3 flagged as a risk (%4)</source>
        <translation>%1：已筛查 %2 条，%3 条标记为风险（%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: matched %2 of %3 read (%4)</source>
        <translation>%1：已读取 %3 条中命中 %2 条（%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to list them.</source>
        <translation>点击查看这些客户交互。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Screening</source>
        <translation>智能质检</translation>
    </message>
</context>
<context>
    <name>servqa::ServerDialog</name>
    <message>
        <location filename="../ui/serverdialog.cpp" line="+23"/>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(a new server)</source>
        <translation>（新服务器）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent:</source>
        <translation>最近：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. qa.example.com</source>
        <translation>例如 qa.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. servqa</source>
        <translation>例如 servqa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>记住密码（保存在本机钥匙串中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted connection, checking the server&apos;s certificate (TLS, verify-full)</source>
        <translation>加密连接，并校验服务器证书（TLS，verify-full）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate Authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server checks your password and decides what your role may see and change. ServQA&apos;s own settings never hold the password.</source>
        <translation>服务器校验您的密码，并决定您的角色能查看和修改什么。ServQA 自身的设置从不保存密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>servqa::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+89"/>
        <source>Choose the folder of recordings</source>
        <translation>选择录音文件夹</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Response-time targets</source>
        <translation>响应时间目标</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mystery-shop evidence</source>
        <translation>暗访证据</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+11"/>
        <location line="+113"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once; open pages and unsaved work are kept.</source>
        <translation>语言立即切换；已打开的页面和未保存的工作都会保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (on every report)</source>
        <translation>组织（显示在每份报告上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 华东零售有限公司 East China Retail Ltd.</source>
        <translation>例如：华东零售有限公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose logo…</source>
        <translation>选择标志(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write reports as PDF/A-1b for &amp;archiving</source>
        <translation>报告以 PDF/A-1b 格式输出，便于归档(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move logo</source>
        <translation>移除标志(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the workspace, so reports made from it on any computer (and with servqa-cli) carry them.</source>
        <translation>保存在工作区中，因此在任何电脑上（包括 servqa-cli）由该工作区生成的报告都会带有它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response-time targets (first response)</source>
        <translation>响应时间目标（首次响应）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first response within its channel&apos;s target counts as compliant on the scorecards.</source>
        <translation>首次响应在其渠道目标之内，即在计分卡中计为达标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mystery-shop evidence and backups</source>
        <translation>暗访证据与备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest &amp;evidence file:</source>
        <translation>单个证据上限(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest visit &amp;package:</source>
        <translation>暗访任务包上限(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;backups kept:</source>
        <translation>保留每日备份(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>不备份</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>None chosen on this computer. A server has no folder of its own: choose where its recordings are (e.g. a shared drive); until then calls with a recording in it cannot be played.</source>
        <translation>本机尚未选择。服务器没有自己的文件夹：请选择其录音所在位置（例如共享盘）；在此之前，录音在其中的通话无法播放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (the workspace&apos;s folder)</source>
        <translation>%1（工作区所在文件夹）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fo&amp;rget the folder</source>
        <translation>不再使用该文件夹(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the wo&amp;rkspace&apos;s folder</source>
        <translation>使用工作区所在文件夹(&amp;R)</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+106"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings:</source>
        <translation>录音：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Larger photos and packages are refused before they are read. The limits are kept in the workspace and sent with each visit package.</source>
        <translation>更大的照片和数据包在读取前即被拒绝。上限保存在工作区中，并随每个暗访任务包发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily backups are of workspace files on this computer; a server is backed up by its administrator (pg_dump).</source>
        <translation>每日备份只针对本机上的工作区文件；服务器由其管理员备份（pg_dump）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are made on this computer, once a day, in %1.</source>
        <translation>备份在本机上每天进行一次，保存在 %1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an image ServQA can read.</source>
        <translation>%1 不是 ServQA 能读取的图片。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL, workspace format %1; what you see is what your role may see</source>
        <translation>PostgreSQL，工作区格式 %1；您看到的是您的角色可以查看的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite, workspace format %1</source>
        <translation>SQLite，工作区格式 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sites</source>
        <translation>%1 个门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staff</source>
        <translation>%1 名员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions</source>
        <translation>%1 条客户交互</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 evaluations</source>
        <translation>%1 条评估</translation>
    </message>
</context>
<context>
    <name>servqa::StandardDialog</name>
    <message>
        <location filename="../ui/standarddialogs.cpp" line="-212"/>
        <source>Edit standard %1</source>
        <translation>编辑服务标准 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New standard</source>
        <translation>新建服务标准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Answer the phone within 20 seconds</source>
        <translation>例如：20 秒内接听电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ≤ 20 s from the first ring</source>
        <translation>例如：首次响铃起 ≤ 20 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much the standard commits to, on the customers&apos; 1–7 expectation scale: 7 = what an excellent company would do. Gap 2 compares it with what customers expect.</source>
        <translation>该标准承诺的服务水平，以顾客期望的 1–7 分制衡量：7 = 卓越企业的做法。差距 2 将其与顾客期望比较。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The share of observed answers that must meet the standard. Gap 3 compares it with what inspections and visits observed.</source>
        <translation>观察到的答案中必须符合该标准的比例。差距 3 将其与质检和暗访的观察结果比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standard:</source>
        <translation>标准内容(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target as written:</source>
        <translation>书面目标(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment &amp;level (1–7):</source>
        <translation>承诺水平（1–7）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required com&amp;pliance:</source>
        <translation>要求达标率(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (checklist)</source>
        <translation>%1（检查表）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer expectations it answers (SERVQUAL items, gap 2)</source>
        <translation>对应的顾客期望（SERVQUAL 题目，差距 2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked by (scorecard and checklist items, gap 3)</source>
        <translation>核查依据（评分表与检查表条目，差距 3）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saving the standard and computing again the survey sums it changes…</source>
        <translation>正在保存标准，并重新计算受其影响的问卷汇总…</translation>
    </message>
</context>
<context>
    <name>servqa::StandardsPage</name>
    <message>
        <location filename="../ui/standardspage.cpp" line="+58"/>
        <source>too few</source>
        <translation>样本不足</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>95 % interval %1 to %2</source>
        <translation>95% 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+37"/>
        <source>All sites</source>
        <translation>全部门店/团队</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite:</source>
        <translation>门店/团队(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum n:</source>
        <translation>最少样本数(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer respondents or observations than this are shown as too few, not as a number.</source>
        <translation>受访者或观察数少于此数时显示为“样本不足”，不显示数值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Service standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Promises to customers</source>
        <translation>对顾客的承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New standard…</source>
        <translation>新建标准(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pr&amp;omise…</source>
        <translation>新建承诺(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Standard</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Level</source>
        <translation>承诺水平</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers&apos; E</source>
        <translation>顾客期望 E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap 2</source>
        <translation>差距 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap 3 (pp)</source>
        <translation>差距 3（百分点）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>答案数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Checked by</source>
        <translation>核查依据</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The level the standard commits to, on the customers&apos; 1–7 expectation scale.</source>
        <translation>该标准承诺的水平，以顾客期望的 1–7 分制衡量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standards gap = level − customers&apos; mean expectation of the standard&apos;s items (negative: the standard asks for less than customers expect).</source>
        <translation>标准差距 = 承诺水平 − 顾客对该标准相关题目的平均期望（负值：标准要求低于顾客期望）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery gap = share of observed answers that met the standard − the required share, in percentage points.</source>
        <translation>服务传递差距 = 观察到的达标答案比例 − 要求的比例，以百分点计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promised</source>
        <translation>承诺比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>兑现比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap 4 (pp)</source>
        <translation>差距 4（百分点）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication gap = share of cases that kept the promise − the share promised, in percentage points.</source>
        <translation>外部沟通差距 = 兑现承诺的次数比例 − 承诺的比例，以百分点计。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a QA lead keeps the register.</source>
        <translation>只有质检主管可以维护登记册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln customer respondent(s) in the period. Gap 2 compares each standard with what customers expect; gap 3 with what submitted evaluations and validated visits observed (an answer meets it when it earns at least half its points); gap 4 each promise with what was measured. Negative: falls short.</source>
        <translation>
            <numerusform>本期间共 %Ln 位顾客受访者。差距 2 将每项标准与顾客期望比较；差距 3 与已提交评估和已审核暗访的观察结果比较（答案得分不低于该条目分值的一半即为达标）；差距 4 将每项承诺与测量结果比较。负值表示未达到。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no item</source>
        <translation>无题目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked</source>
        <translation>未核查</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response within %1</source>
        <translation>首次响应不超过 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard %1</source>
        <translation>服务标准 %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+10"/>
        <source>Delete standard</source>
        <translation>删除服务标准</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete standard %1 and its links? Evaluations are not changed.</source>
        <translation>删除服务标准 %1 及其关联？评估不受影响。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the standard and computing again the survey sums…</source>
        <translation>正在删除标准，并重新计算问卷汇总…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+9"/>
        <source>Delete promise</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete promise %1?</source>
        <translation>删除承诺 %1？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting the promise and counting again the cases…</source>
        <translation>正在删除承诺，并重新统计样本…</translation>
    </message>
</context>
<context>
    <name>servqa::SurveyEntryDialog</name>
    <message>
        <location filename="../ui/surveyentrydialog.cpp" line="+47"/>
        <source>Enter a survey response</source>
        <translation>录入问卷</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers rate the service</source>
        <translation>顾客评价服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managers estimate customers&apos; expectations</source>
        <translation>管理者估计顾客期望</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a site…</source>
        <translation>请选择门店/团队…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>questionnaire number or customer reference</source>
        <translation>问卷编号或顾客编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wave:</source>
        <translation>调查批次(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of wave:</source>
        <translation>批次类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>门店/团队(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Respondent:</source>
        <translation>受访者(&amp;R)：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Answered at:</source>
        <translation>填写时间(&amp;A)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Item&lt;/b&gt;</source>
        <translation>&lt;b&gt;题目&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Expectation&lt;/b&gt;</source>
        <translation>&lt;b&gt;期望&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Perception&lt;/b&gt;</source>
        <translation>&lt;b&gt;感知&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expectation of item %1</source>
        <translation>第 %1 题的期望</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perception of item %1</source>
        <translation>第 %1 题的感知</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Importance points given (100 across the five dimensions)</source>
        <translation>填写了重要性分值（五个维度共 100 分）(&amp;I)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Managers answer the expectation items only.</source>
        <translation>管理者只回答期望题目。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total: %1 of 100</source>
        <translation>合计：%1 / 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wave: give the wave a name.</source>
        <translation>调查批次：请填写批次名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: choose the site the respondent answered about.</source>
        <translation>门店/团队：请选择受访者评价的门店/团队。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Respondent: give the questionnaire number or customer reference.</source>
        <translation>受访者：请填写问卷编号或顾客编号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items: no answer given.</source>
        <translation>题目：没有填写任何答案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importance points: they add up to %1, not 100.</source>
        <translation>重要性分值：合计为 %1，而不是 100。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 already answered in wave %2. Replace their answers with these?</source>
        <translation>%1 已在批次 %2 中作答。用这些答案替换吗？</translation>
    </message>
</context>
<context>
    <name>servqa::UsersBox</name>
    <message>
        <location filename="../ui/usersbox.cpp" line="+38"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit User %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. wang.yan (lower-case letters, digits, . _ -)</source>
        <translation>例如 wang.yan（小写字母、数字、. _ -）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sites (a manager&apos;s stores and teams):</source>
        <translation>门店/团队（经理负责的）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regions (every site in them):</source>
        <translation>区域（其中所有门店/团队）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a password: the new user signs in with it.</source>
        <translation>请设置密码：新用户用它登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Users on this server</source>
        <translation>本服务器上的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sites and regions</source>
        <translation>门店/团队与区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No login (not yet an account)</source>
        <translation>无登录（尚不是账号）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only an administrator manages accounts; the server refuses anyone else.</source>
        <translation>只有管理员可以管理账号；服务器会拒绝其他任何人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Disable %1 (%2)? They can no longer sign in; their work keeps their name.</source>
        <translation>停用 %1（%2）？其将不能再登录；其完成的工作仍保留其姓名。</translation>
    </message>
</context>
<context>
    <name>servqa::VisitTimeline</name>
    <message>
        <location filename="../ui/visittimeline.cpp" line="+166"/>
        <location line="+5"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2 to %3
%4 · %5</source>
        <translation>%1，%2 至 %3
%4 · %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no shopper yet</source>
        <translation>尚未分派神秘顾客</translation>
    </message>
</context>
<context>
    <name>servqa::VisitsPage</name>
    <message>
        <location filename="../ui/visitspage.cpp" line="+203"/>
        <location line="+393"/>
        <location line="+7"/>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>Photos, receipts and audio (*.jpg *.jpeg *.png *.heic *.pdf *.wav *.m4a *.mp3);;All files (*)</source>
        <translation>照片、小票和录音 (*.jpg *.jpeg *.png *.heic *.pdf *.wav *.m4a *.mp3);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/visitplandialogs.cpp" line="+148"/>
        <location filename="../ui/visitspage.cpp" line="+1"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/visitspage.cpp" line="+2"/>
        <location line="+43"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Plan visit…</source>
        <translation>计划暗访(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a re&amp;gion…</source>
        <translation>按区域计划(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import package…</source>
        <translation>导入任务包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>暗访时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shopper</source>
        <translation>神秘顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign…</source>
        <translation>分派(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport package…</source>
        <translation>导出任务包(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a shopper without the workspace: the checklist and the visit&apos;s details in one file.</source>
        <translation>供没有工作区的神秘顾客使用：检查表和暗访详情打包为一个文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill checklist</source>
        <translation>填写检查表(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validate</source>
        <translation>审核通过(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise a&amp;ction…</source>
        <translation>发起措施(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A corrective action on what this visit showed, verified later on the store&apos;s checklist scores.</source>
        <translation>针对此次暗访反映的问题发起纠正措施，之后按该门店检查表得分验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save filled package…</source>
        <translation>保存已填写的任务包(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit came as a package. Fill in the checklist, attach your evidence, submit, then save the filled package and send it back to your QA lead.</source>
        <translation>本次暗访来自任务包。请填写检查表、附加证据并提交，然后保存已填写的任务包，发回给质检主管。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start stopwatch</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for timed item</source>
        <translation>用于计时条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the stopwatch&apos;s seconds into the current timed item (e.g. &quot;greeted within 30 s&quot;).</source>
        <translation>将秒表的秒数填入当前计时条目（例如“30 秒内被问候”）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach &amp;evidence…</source>
        <translation>附加证据(&amp;E)…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No visits this month. Plan one, or a whole region.</source>
        <translation>本月没有暗访。可计划一次暗访，或按区域批量计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a visit to see its checklist.</source>
        <translation>请选择一次暗访以查看其检查表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit %1 · %2</source>
        <translation>暗访 %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window: %1 to %2</source>
        <translation>暗访时段：%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopper: %1</source>
        <translation>神秘顾客：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit: started %1, in progress</source>
        <translation>暗访时间：%1 开始，进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not started yet: press “Fill checklist” when you are in the store.</source>
        <translation>尚未开始：到店后请点击“填写检查表”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shopper has not started this visit&apos;s checklist yet.</source>
        <translation>神秘顾客尚未开始填写此暗访的检查表。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Only a QA lead or admin plans, assigns and reviews visits.</source>
        <translation>只有质检主管或管理员可以计划、分派和审核暗访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a visit in the list first.</source>
        <translation>请先在列表中选择一次暗访。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a planned or assigned visit can be given to a shopper.</source>
        <translation>只有已计划或已分派的暗访可以分派给神秘顾客。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign the visit to a shopper first.</source>
        <translation>请先将此暗访分派给神秘顾客。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shopper has not handed this visit in yet.</source>
        <translation>神秘顾客尚未提交此暗访。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the shopper this visit is assigned to fills in its checklist.</source>
        <translation>只有被分派此暗访的神秘顾客可以填写检查表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit is %1: there is nothing to fill in.</source>
        <translation>此暗访状态为%1：没有需要填写的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit has no checklist answers yet.</source>
        <translation>此暗访尚无检查表答案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An action is raised on a validated or rejected visit, by someone working.</source>
        <translation>只能针对已确认或已退回的暗访发起措施，且需先选择当前身份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only while you fill in your own visit&apos;s checklist.</source>
        <translation>仅在填写您自己的暗访检查表时可用。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Visit: %1 to %2</source>
        <translation>暗访时间：%1 至 %2</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+154"/>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Photos, receipts and recordings that back the answers (the PDF report lists them with their SHA-256).</source>
        <translation>支持答案的照片、小票和录音（PDF 报告会列出它们及其 SHA-256）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reviewed by %1 on %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken %1 (EXIF)</source>
        <translation>拍摄于 %1（EXIF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message>
        <location filename="../ui/visitplandialogs.cpp" line="-90"/>
        <location line="+46"/>
        <source>Plan a visit</source>
        <translation>计划暗访</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>e.g. ask for a winter coat, then return it</source>
        <translation>例如：询问冬季外套，购买后退货</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign later</source>
        <translation>稍后分派</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store:</source>
        <translation>门店(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Checklist:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/visitspage.cpp" line="-170"/>
        <source>PDF rep&amp;ort…</source>
        <translation>PDF 报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/visitplandialogs.cpp" line="-63"/>
        <location line="+64"/>
        <source>Sce&amp;nario:</source>
        <translation>情景(&amp;N)：</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>S&amp;hopper:</source>
        <translation>神秘顾客(&amp;H)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+49"/>
        <location line="+16"/>
        <source>Plan a region</source>
        <translation>按区域计划</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+12"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Window per store:</source>
        <translation>每店暗访时段(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hoppers:</source>
        <translation>神秘顾客(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock-out:</source>
        <translation>回避期(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One visit per store, spread across the dates. A shopper is not sent to a store they visit within the lock-out, nor where the staff would know them; such visits stay unassigned.</source>
        <translation>每家门店一次暗访，均匀分布在日期范围内。回避期内去过该店、或店员认识的神秘顾客不会被派往该店；这样的暗访保持未分派。</translation>
    </message>
    <message>
        <location filename="../ui/visitspage.cpp" line="+258"/>
        <location line="+5"/>
        <source>Assign the visit</source>
        <translation>分派暗访</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Shopper:</source>
        <translation>神秘顾客：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fill checklist</source>
        <translation>填写检查表</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The very same file is also attached to visit(s) %1.</source>
        <translation>同一文件也附加在暗访 %1 中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopwatch</source>
        <translation>秒表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a timed item first (e.g. &quot;greeted within 30 s&quot;).</source>
        <translation>请先选择一个计时条目（例如“30 秒内被问候”）。</translation>
    </message>
    <message>
        <location filename="../ui/visitsteps.cpp" line="+25"/>
        <source>Validate</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Reject the visit</source>
        <translation>驳回暗访</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Why is the visit rejected?</source>
        <translation>驳回的理由是什么？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>visit-%1.servqa-visit</source>
        <translation>暗访-%1.servqa-visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Export the visit package</source>
        <translation>导出暗访任务包</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+46"/>
        <source>Visit packages (*.servqa-visit)</source>
        <translation>暗访任务包 (*.servqa-visit)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Saved %1. Send it to %2.</source>
        <translation>已保存 %1。请发送给 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first time they open a package, %1 types their shopper key, which you give them yourself (in person or by phone — not with the package): %2</source>
        <translation>%1 第一次打开任务包时需输入其神秘顾客密钥，请亲自交给对方（当面或电话告知，切勿随任务包发送）：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Import a filled visit package</source>
        <translation>导入已填写的暗访任务包</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Visit packages (*.servqa-visit);;All files (*)</source>
        <translation>暗访任务包 (*.servqa-visit);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1-filled.servqa-visit</source>
        <translation>%1-已填写.servqa-visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Save the filled package</source>
        <translation>保存已填写的任务包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved. Send %1 to your QA lead.</source>
        <translation>已保存。请将 %1 发送给质检主管。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>visit-%1.pdf</source>
        <translation>暗访-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the visit report</source>
        <translation>保存暗访报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Visit %1 to %2, %3: %4</source>
        <translation>暗访 %1（%2，%3）：%4</translation>
    </message>
</context>
<context>
    <name>servqa::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="+76"/>
        <source>Welcome to ServQA</source>
        <translation>欢迎使用 ServQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace is one file holding your sites, staff, interactions, scorecards and evaluations. Create a new one, open an existing one, or explore the demo workspace.</source>
        <translation>工作区是一个文件，保存您的门店/团队、员工、客户交互、评分表和评估。您可以新建工作区、打开已有工作区，或浏览演示工作区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent workspaces:</source>
        <translation>最近的工作区(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>servqa::WorkQueueModel</name>
    <message>
        <location filename="../ui/workqueuepage.cpp" line="+73"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interaction time</source>
        <translation>交互时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>门店/团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent / employee</source>
        <translation>坐席/员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>servqa::WorkQueuePage</name>
    <message>
        <location line="+75"/>
        <source>%1, pass</source>
        <translation>%1，合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, fail</source>
        <translation>%1，不合格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submitted: %1 (%2). Next: %3, %4 — press Enter to open it.</source>
        <translation>已提交：%1（%2）。下一条：%3，%4——按 Enter 打开。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted: %1 (%2). Every assignment in your queue is done.</source>
        <translation>已提交：%1（%2）。您队列中的任务已全部完成。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work as someone else (File ▸ Work As…).</source>
        <translation>以其他身份工作（文件 ▸ 切换身份…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;finished</source>
        <translation>显示已完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw &amp;sample…</source>
        <translation>抽样(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody to work as: add users in Settings.</source>
        <translation>没有可用的身份：请在“设置”中添加用户。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working as: %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n assignment(s) to do</source>
        <translation>
            <numerusform>%n 项待办</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+18"/>
        <source>Cannot start the evaluation</source>
        <translation>无法开始评估</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The form %1 has no active version.</source>
        <translation>表单 %1 没有启用的版本。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of them flagged by screening, of %2 flagged.</source>
        <translation>其中 %1 条为智能质检标记的客户交互（共 %2 条已标记）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample drawn</source>
        <translation>抽样完成</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 interactions drawn for %2 agents from %3 not yet evaluated.</source>
        <translation>从 %3 条尚未评估的客户交互中为 %2 名坐席抽取了 %1 条。</translation>
    </message>
</context>
<context>
    <name>servqa::keychain</name>
    <message>
        <location filename="../ui/keychain.cpp" line="+16"/>
        <source>this computer&apos;s keychain did not answer (%1)</source>
        <translation>本机钥匙串没有响应（%1）</translation>
    </message>
</context>
</TS>
