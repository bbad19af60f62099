#pragma once

#include "result.h"

namespace servqa {

class Database;
struct Form;

namespace demo {

// The written standards and promises a chain like the demo's would keep (gaps 2–4), linked to
// the demo forms' items.
Status addStandards(Database &db, const Form &callForm, const Form &storeForm);

} // namespace demo

} // namespace servqa
