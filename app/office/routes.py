"""Appeal routes: where a complaint about the office's act goes (АППК 80.5),
by who signs the act and by the act's category (issue 13 item 3).

- The head's acts: the office's own route (``OfficeSettings.appeal_body_*``,
  ``court_*``): the superior body, or the court where there is none (91.6).
- A deputy's acts: the official superior to the deputy "in order of
  subordination" (91.3), read here as the head of the same office; the
  route is prefilled from the office's head until the administrator saves it.
- An act under a special law (a category: "land acts, Land Code"): the body
  that law empowers to consider complaints (80.5, 91.3 "өзге де ... орган"),
  whoever signs it.

The route that prints is stored with the issued document
(``app.documents.issuing``), so a later change here changes no issued act.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields

from app.errors import DomainError, ValidationErrors
from app.office.auth import require_admin
from app.rules.enums import Role
from app.store import history
from app.store.storage import guarded, transaction
from models.entities import AppealRoute, Office

GENERAL = "general"            # no special law: the signer's route
MAX = 255


@dataclass
class Route:
    body_kk: str = ""
    body_ru: str = ""
    court_kk: str = ""
    court_ru: str = ""

    def is_set(self) -> bool:
        return bool(self.body_kk.strip() or self.court_kk.strip())

    def texts(self, lang: str) -> tuple[str, str]:
        """(body, court) in ``lang``; a template prints the body when there
        is one, else the court (АППК 80.5, 91.6)."""
        ru = lang == "ru"
        return (self.body_ru if ru else self.body_kk), (self.court_ru if ru else self.court_kk)


@dataclass
class Category:
    """Acts under a special law with their own complaint body."""
    code: str = ""              # given when first saved
    name_kk: str = ""
    name_ru: str = ""
    legal_ref: str = ""
    route: Route = field(default_factory=Route)


@dataclass
class Routes:
    deputy: Route = field(default_factory=Route)
    categories: list[Category] = field(default_factory=list)
    deputy_saved: bool = False   # False: ``deputy`` is the default from the office's head


@dataclass(frozen=True)
class Resolved:
    """The route an act prints: ``source`` is "head", "deputy" or the
    category's code."""
    source: str
    route: Route
    category: str = GENERAL
    category_name_kk: str = ""
    category_name_ru: str = ""


_ROUTE_FIELDS = [f.name for f in fields(Route)]


def default_deputy(office) -> Route:
    """The head of this office, with its address (АППК 91.3: the deputy's
    superior "in order of subordination"), as the administrator sees it first."""
    who = " ".join(p for p in (office.head_position, office.head_name) if p.strip())
    if not who:
        return Route()
    where = f" ({office.address})" if office.address.strip() else ""
    # The position is typed in Kazakh: the Russian act names the head by the office's Russian name.
    ru = (f"{office.head_name}, руководитель: {office.name_ru}" if office.head_name.strip() and office.name_ru.strip()
          else who)
    return Route(body_kk=who + where, body_ru=ru + where)


def _route(row: AppealRoute) -> Route:
    return Route(**{n: getattr(row, n) for n in _ROUTE_FIELDS})


def _office():
    row = Office.select().order_by(Office.id).first()
    if row is None:
        raise DomainError("no_office")
    return row


@guarded
def get_routes() -> Routes:
    office = _office()
    deputy = AppealRoute.get_or_none((AppealRoute.kind == "role") & (AppealRoute.code == str(Role.DEPUTY)))
    cats = (AppealRoute.select().where(AppealRoute.kind == "category")
            .order_by(AppealRoute.position, AppealRoute.id))
    return Routes(deputy=_route(deputy) if deputy is not None else default_deputy(office),
                  categories=[Category(r.code, r.name_kk, r.name_ru, r.legal_ref, _route(r)) for r in cats],
                  deputy_saved=deputy is not None)


def _route_errors(r: Route, prefix: str) -> list[DomainError]:
    errors = []
    for kk, ru in (("body_kk", "body_ru"), ("court_kk", "court_ru")):   # the same route in both languages
        if bool(getattr(r, kk).strip()) != bool(getattr(r, ru).strip()):
            errors.append(DomainError("route_both_languages", prefix + (ru if getattr(r, kk).strip() else kk)))
    for name in _ROUTE_FIELDS:
        if len(getattr(r, name)) > MAX:
            errors.append(DomainError("too_long", prefix + name, max=MAX))
    return errors


def validate_routes(routes: Routes) -> list[DomainError]:
    """Field names: ``deputy_<field>``; a category's errors carry its row
    (1-based) and name the field ``categories``."""
    errors = _route_errors(routes.deputy, "deputy_")
    seen: set[str] = set()
    for row, c in enumerate(routes.categories, start=1):
        if not (c.name_kk.strip() and c.name_ru.strip()):
            errors.append(DomainError("route_category_name", "categories", row=row))
        elif c.name_kk.strip().casefold() in seen:
            errors.append(DomainError("route_category_twice", "categories", row=row))
        seen.add(c.name_kk.strip().casefold())
        if not c.route.is_set():
            errors.append(DomainError("route_category_empty", "categories", row=row))
        wrong = {e.code for e in _route_errors(c.route, "")}
        if "route_both_languages" in wrong:
            errors.append(DomainError("route_category_languages", "categories", row=row))
        if "too_long" in wrong or any(len(v) > MAX for v in (c.name_kk, c.name_ru, c.legal_ref)):
            errors.append(DomainError("route_category_too_long", "categories", row=row, max=MAX))
    return errors


def _stripped(routes: Routes) -> Routes:
    def clean(r: Route) -> Route:
        return Route(**{n: getattr(r, n).strip() for n in _ROUTE_FIELDS})
    return Routes(clean(routes.deputy),
                  [Category(c.code, c.name_kk.strip(), c.name_ru.strip(), c.legal_ref.strip(), clean(c.route))
                   for c in routes.categories], routes.deputy_saved)


def _next_code(taken: set[str]) -> str:
    n = 1
    while f"c{n}" in taken:
        n += 1
    return f"c{n}"


def update_routes(routes: Routes, user_id: int) -> None:
    """Save the deputy's route and the categories; the change goes into the
    office's history (who, when, old and new).  Inside or outside a
    transaction (``app.appeal.save_settings`` saves it with the office)."""
    routes = _stripped(routes)
    errors = validate_routes(routes)
    if errors:
        raise ValidationErrors(errors)
    with transaction():
        require_admin(user_id)
        office = _office()
        before = get_routes()
        rows = {(r.kind, r.code): r for r in AppealRoute.select()}
        taken = {code for kind, code in rows if kind == "category"}
        changes: dict = {}
        deputy = rows.get(("role", str(Role.DEPUTY)))
        if deputy is None or _route(deputy) != routes.deputy:
            changes["deputy"] = [asdict(before.deputy) if before.deputy_saved else None, asdict(routes.deputy)]
            if deputy is None:
                AppealRoute.create(kind="role", code=str(Role.DEPUTY), **asdict(routes.deputy))
            else:
                AppealRoute.update(**asdict(routes.deputy)).where(AppealRoute.id == deputy.id).execute()
        kept = set()
        old = {c.code: c for c in before.categories}
        for position, c in enumerate(routes.categories):
            values = {"name_kk": c.name_kk, "name_ru": c.name_ru, "legal_ref": c.legal_ref,
                      "position": position, **asdict(c.route)}
            if c.code and ("category", c.code) in rows:
                kept.add(c.code)
                if old[c.code] != c:
                    changes[f"category:{c.code}"] = [_flat(old[c.code]), _flat(c)]
                AppealRoute.update(**values).where(AppealRoute.id == rows[("category", c.code)].id).execute()
            else:
                code = _next_code(taken)
                taken.add(code)
                AppealRoute.create(kind="category", code=code, **values)
                changes[f"category:{code}"] = [None, _flat(c)]
        for code in sorted(set(old) - kept):
            changes[f"category:{code}"] = [_flat(old[code]), None]
            AppealRoute.delete().where((AppealRoute.kind == "category") & (AppealRoute.code == code)).execute()
        if changes:
            history.record("office", office.id, "routes_changed", changes, user_id,
                           dt.datetime.now().replace(microsecond=0))


def _flat(c: Category) -> dict:
    return {"name_kk": c.name_kk, "name_ru": c.name_ru, "legal_ref": c.legal_ref, **asdict(c.route)}


@guarded
def save_routes(routes: Routes, user_id: int) -> None:
    update_routes(routes, user_id)


def resolve(role: Role | str | None, category: str, office, routes: Routes) -> Resolved:
    """The route an act prints: its category's when it has one (a special
    law's body, whoever signs), else the signer's: a deputy's superior, or
    the office's route for the head (АППК 80.5, 91.3)."""
    if category and category != GENERAL:
        for c in routes.categories:
            if c.code == category:
                return Resolved(c.code, c.route, c.code, c.name_kk, c.name_ru)
        raise ValidationErrors([DomainError("route_category_unknown", "route_category")])
    if role == Role.DEPUTY:
        return Resolved(str(Role.DEPUTY), routes.deputy)
    return Resolved(str(Role.HEAD), Route(office.appeal_body_kk, office.appeal_body_ru,
                                         office.court_kk, office.court_ru))
