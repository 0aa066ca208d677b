// EntityListModel is a header-only template; this file keeps the module list uniform.
#include "clientmodels.h"
