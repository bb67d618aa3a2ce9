#include "jwt/signaturecheck.h"

namespace ie::jwt {

QString SignatureCheck::shortText() const
{
    switch (state) {
    case State::NotChecked:
        return tr("signature not checked");
    case State::Valid:
        return tr("signature valid");
    case State::Invalid:
        return tr("signature INVALID");
    case State::Unverifiable:
        return tr("signature not verifiable");
    }
    return {};
}

} // namespace ie::jwt
