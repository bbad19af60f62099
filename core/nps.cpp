#include "nps.h"

#include <QCoreApplication>

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace servqa {

Result<NetPromoter> netPromoter(const QVector<int> &answers)
{
    if (answers.isEmpty())
        return Error{QCoreApplication::translate("NetPromoter", "There are no answers to compute a Net Promoter Score from.")};
    NetPromoter n;
    for (int a : answers) {
        if (a < 0 || a > 10)
            return Error{QCoreApplication::translate("NetPromoter", "%1 is not an answer on the 0–10 scale.").arg(a)};
        if (a >= 9)
            ++n.promoters;
        else if (a <= 6)
            ++n.detractors;
        else
            ++n.passives;
    }
    n.responses = answers.size();
    const double promoters = double(n.promoters) / n.responses;
    const double detractors = double(n.detractors) / n.responses;
    const double score = promoters - detractors;
    // Var(p̂P − p̂D) = [pP + pD − (pP − pD)²] / n: each answer scores +1, 0 or −1, and this is the
    // variance of their mean.
    const double se = std::sqrt((promoters + detractors - score * score) / n.responses);
    const double z = boost::math::quantile(boost::math::normal(), 0.975);
    n.score = 100.0 * score;
    n.standardError = 100.0 * se;
    n.lower = n.score - z * n.standardError;
    n.upper = n.score + z * n.standardError;
    return n;
}

} // namespace servqa
