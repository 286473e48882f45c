"""What goes wrong when the desk talks to a lock provider, as errors a person can act on.

`ProviderError.retryable` tells the sync worker whether sending the same request again later can work.
"""

from __future__ import annotations

from frontdesk.domain.errors import Conflict, FrontDeskError, InvalidInput, NotFound, Unavailable
from frontdesk.domain.words import say


class ProviderError(FrontDeskError):
    """The provider refused or could not do a request. Carries what the provider said.

    `retryable` tells the sync worker whether sending the same request later can succeed."""

    status = 503
    title = say("The lock provider could not do this.")
    hint = say("Look at the provider's message below; if it keeps happening, ask your IT contact.")
    retryable = False

    def __init__(
        self,
        title: str | None = None,
        hint: str | None = None,
        *,
        error_type: str | None = None,
        http_status: int | None = None,
        request_id: str | None = None,
        provider_message: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.error_type = error_type
        self.http_status = http_status
        self.request_id = request_id
        self.provider_message = provider_message
        if retryable is not None:
            self.retryable = retryable
        detail = {
            "error_type": error_type,
            "http_status": http_status,
            "request_id": request_id,
            "provider_message": provider_message,
        }
        super().__init__(title, hint, detail={k: v for k, v in detail.items() if v is not None})


class ProviderUnreachable(ProviderError, Unavailable):
    """No usable answer: connection refused, timeout, 429 or 5xx. Sending again later may work."""

    status = 503
    title = say("The lock provider cannot be reached.")
    hint = say("Check the internet connection; the desk keeps working and sends pending changes later.")
    retryable = True


class ProviderAuthFailed(ProviderError, Unavailable):
    """The provider refused the API key (401/403)."""

    status = 503
    title = say("The lock provider refused the API key.")
    hint = say("Store a valid key with: frontdesk provider set --endpoint URL --api-key-stdin")


class ProviderBadResponse(ProviderError, Unavailable):
    """The provider answered 2xx with something that is not the expected JSON."""

    status = 503
    title = say("The lock provider sent an answer the desk cannot read.")
    hint = say("Check the provider endpoint in the settings; it may point at the wrong server.")


class ProviderUnsupported(ProviderError):
    """The server has no such route (404 with a non-JSON body): the operation is not offered."""

    status = 400
    title = say("The lock provider does not offer this operation.")
    hint = say("Use a provider that supports it, or do the change code by code.")


class ProviderInvalidInput(ProviderError, InvalidInput):
    """4xx other than 401/403/404/409: the request itself is wrong, sending it again will not help."""

    status = 400
    title = say("The lock provider rejected the request.")
    hint = say("Check the dates, the PIN and the door; the provider's message says what it did not accept.")


class ProviderNotFound(ProviderError, NotFound):
    status = 404
    title = say("The lock provider does not know this door or code.")
    hint = say("It may have been removed at the provider; refresh the list of doors and codes.")


class ProviderConflict(ProviderError, Conflict):
    status = 409
    title = say("The lock provider reports a conflict.")
    hint = say("Refresh and try again; the provider's message says what clashed.")


class DuplicateAccessCode(ProviderConflict):
    """The PIN is already on that lock (`duplicate_access_code`)."""

    title = say("This PIN is already in use on the lock.")
    hint = say("Choose another PIN, or leave it empty and let the provider pick one.")
