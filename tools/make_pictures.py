"""Generate the exercise pictograms in ``assets/images/``.

Every picture is built from the same skeleton (fixed segment lengths, fixed stroke widths), so the
set keeps identical proportions and style; a pose is only a handful of joint angles or targets.
Run ``python tools/make_pictures.py`` after editing a pose, then look at ``docs/pictures.png``
(``python tools/make_pictures.py --sheet``) before committing.

Conventions: side views face right (+x is "forward"). A limb angle of 0 points straight down,
90 points forward, 180 up and -90 backwards. The SVG uses only plain presentation attributes
(no CSS, filters or markers) because Qt's renderer implements SVG Tiny 1.2.

One long file on purpose: a pose is a dozen lines that only make sense beside the skeleton,
props and helpers above it, and the file is a build tool, not part of the app.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

P = tuple[float, float]

SIZE = 240
VIEWBOX = f"0 0 {SIZE} {SIZE}"

BACKDROP = "#f4f1ea"
BODY = "#2b3a42"
BODY_FAR = "#71818a"  # limbs on the far side of a side view: same figure, one step lighter
GHOST = "#c5cdd1"  # a limb's other position during a swing
ACCENT = "#e4572e"
PROP = "#9aa5ab"
PROP_LIGHT = "#c2c9cc"
WALL_FACE = "#e3e2dc"  # a wall seen face-on: a tint of the backdrop, so ghost limbs stay visible
ICON_LIGHT = "#ffffff"

# Skeleton, in pixels.
THIGH = 41.0
SHIN = 41.0
FOOT = 16.0
TORSO = 52.0
UPPER_ARM = 32.0
FOREARM = 36.0  # includes the hand
HEAD_R = 13.5
HEAD_GAP = 3.5

# Stroke widths.
W_TORSO = 21.0
W_TORSO_FRONT = 28.0
W_LEG = 13.0
W_ARM = 11.0
W_FOOT = 10.0
W_ARROW = 5.5
W_GROUND = 4.0

GROUND = 216.0  # top surface of the ground line
ANKLE_H = W_FOOT / 2  # a flat foot's centre line sits this far above the ground
FRONT_SHOULDER = 16.0
FRONT_HIP = 8.0


# --------------------------------------------------------------------------- geometry


def down(angle: float, length: float = 1.0) -> P:
    """Unit direction in the limb convention: 0 = down, 90 = forward (+x), 180 = up."""
    rad = math.radians(angle)
    return (math.sin(rad) * length, math.cos(rad) * length)


def add(a: P, b: P) -> P:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: P, b: P) -> P:
    return (a[0] - b[0], a[1] - b[1])


def dist(a: P, b: P) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def lerp(a: P, b: P, t: float) -> P:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def angle_of(a: P, b: P) -> float:
    """Limb-convention angle of the direction a -> b."""
    return math.degrees(math.atan2(b[0] - a[0], b[1] - a[1]))


def two_link(root: P, target: P, l1: float, l2: float, bend: P) -> P:
    """Middle joint (knee, elbow) reaching ``target``, bulging towards ``bend``.

    Raises if the target is out of reach: a pose that silently fails to touch the ground or the
    wall is exactly the kind of error these pictures must not have.
    """
    d = dist(root, target)
    if d > l1 + l2 + 0.5 or d < abs(l1 - l2) - 0.5:
        raise ValueError(f"target {target} out of reach from {root} (distance {d:.1f})")
    d = min(max(d, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0.0))
    ux, uy = (target[0] - root[0]) / d, (target[1] - root[1]) / d
    base = (root[0] + ux * a, root[1] + uy * a)
    c1 = (base[0] - uy * h, base[1] + ux * h)
    c2 = (base[0] + uy * h, base[1] - ux * h)

    def score(c: P) -> float:
        return (c[0] - base[0]) * bend[0] + (c[1] - base[1]) * bend[1]

    return c1 if score(c1) >= score(c2) else c2


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    return text[:-2] if text.endswith(".0") else text


def pts(points: Iterable[P]) -> str:
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


# --------------------------------------------------------------------------- drawing


@dataclass
class Drawing:
    """SVG elements in painting order, split into layers so props sit behind the figure."""

    back: list[str] = field(default_factory=list)
    ghost: list[str] = field(default_factory=list)
    far: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    near: list[str] = field(default_factory=list)
    front: list[str] = field(default_factory=list)
    accent: list[str] = field(default_factory=list)
    backdrop: bool = True

    def svg(self, title: str) -> str:
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{SIZE}" height="{SIZE}" viewBox="{VIEWBOX}">',
            f"  <title>{title}</title>",
        ]
        if self.backdrop:
            out.append(
                f'  <rect x="4" y="4" width="{SIZE - 8}" height="{SIZE - 8}" rx="30" ry="30" '
                f'fill="{BACKDROP}"/>'
            )
        for layer in (self.back, self.ghost, self.far, self.body, self.near, self.front):
            out.extend("  " + e for e in layer)
        out.extend("  " + e for e in self.accent)
        out.append("</svg>")
        return "\n".join(out) + "\n"


def line(a: P, b: P, width: float, color: str) -> str:
    return (
        f'<line x1="{fmt(a[0])}" y1="{fmt(a[1])}" x2="{fmt(b[0])}" y2="{fmt(b[1])}" '
        f'stroke="{color}" stroke-width="{fmt(width)}" stroke-linecap="round"/>'
    )


def polyline(points: Sequence[P], width: float, color: str) -> str:
    return (
        f'<polyline points="{pts(points)}" fill="none" stroke="{color}" '
        f'stroke-width="{fmt(width)}" stroke-linecap="round" stroke-linejoin="round"/>'
    )


def circle(c: P, r: float, fill: str) -> str:
    return f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}" fill="{fill}"/>'


def rect(x: float, y: float, w: float, h: float, fill: str, r: float = 3) -> str:
    return (
        f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" '
        f'rx="{fmt(r)}" ry="{fmt(r)}" fill="{fill}"/>'
    )


def polygon(points: Sequence[P], fill: str) -> str:
    return (
        f'<polygon points="{pts(points)}" fill="{fill}" stroke="{fill}" stroke-width="2" '
        'stroke-linejoin="round"/>'
    )


def ground(d: Drawing, y: float = GROUND, x0: float = 26, x1: float = 214) -> None:
    d.back.append(line((x0, y + W_GROUND / 2), (x1, y + W_GROUND / 2), W_GROUND, PROP))


def arrow(
    points: Sequence[P], *, both: bool = False, color: str = ACCENT, width: float = W_ARROW
) -> list[str]:
    """A stroked path with filled triangular heads (markers are not SVG Tiny friendly)."""
    head_len, head_half = 15.0, 9.5

    def trim(seq: list[P]) -> tuple[list[P], list[P]]:
        # Walk back from the end until head_len is consumed; return shortened line + head.
        tip = seq[-1]
        rest = list(seq)
        remaining = head_len
        while len(rest) >= 2:
            seg = dist(rest[-2], rest[-1])
            if seg >= remaining:
                base = lerp(rest[-1], rest[-2], remaining / seg)
                rest[-1] = base
                break
            remaining -= seg
            rest.pop()
        base = rest[-1]
        ux, uy = (tip[0] - base[0]), (tip[1] - base[1])
        n = math.hypot(ux, uy) or 1.0
        ux, uy = ux / n, uy / n
        left = (base[0] - uy * head_half, base[1] + ux * head_half)
        right = (base[0] + uy * head_half, base[1] - ux * head_half)
        back = lerp(base, tip, 0.15)
        return rest, [tip, left, back, right]

    seq = list(points)
    body, head_end = trim(seq)
    heads = [head_end]
    if both:
        rev, head_start = trim(list(reversed(body)))
        body = list(reversed(rev))
        heads.append(head_start)
    out = [polyline(body, width, color)]
    out.extend(polygon(h, color) for h in heads)
    return out


def arc(c: P, rx: float, ry: float, t0: float, t1: float, n: int = 40) -> list[P]:
    """Points on an ellipse, angles in degrees, screen convention (0 = +x, 90 = down)."""
    return [
        (
            c[0] + rx * math.cos(math.radians(t0 + (t1 - t0) * i / n)),
            c[1] + ry * math.sin(math.radians(t0 + (t1 - t0) * i / n)),
        )
        for i in range(n + 1)
    ]


def limb_arc(c: P, r: float, a0: float, a1: float, n: int = 40) -> list[P]:
    """Points on a circle around a joint, in the limb angle convention."""
    return [add(c, down(a0 + (a1 - a0) * i / n, r)) for i in range(n + 1)]


# --------------------------------------------------------------------------- figures


@dataclass
class Limb:
    root: P
    mid: P
    end: P
    tip: P | None = None  # toe; legs only


class Side:
    """A side-view figure facing right."""

    def __init__(self, hip: P, lean: float = 0.0, head_tilt: float = 0.0) -> None:
        self.hip = hip
        self.lean = lean
        self.shoulder = add(hip, down(180 - lean, TORSO))
        self.neck_dir = 180 - lean - head_tilt
        self.head = add(self.shoulder, down(self.neck_dir, W_TORSO / 2 + HEAD_GAP + HEAD_R))
        self.legs: dict[str, Limb] = {}
        self.arms: dict[str, Limb] = {}

    # Legs: give either two angles, or an ankle/toe target with the side the knee bulges to.
    def leg(
        self,
        side: str,
        *,
        thigh: float | None = None,
        shin: float | None = None,
        ankle: P | None = None,
        toe: P | None = None,
        foot: float | None = None,
        foot_rel: float = 90.0,
        knee: P = (1.0, 0.0),
    ) -> Limb:
        if toe is not None:
            if foot is None:
                raise ValueError("a toe target needs an absolute foot angle")
            ankle = sub(toe, down(foot, FOOT))
        if ankle is not None:
            k = two_link(self.hip, ankle, THIGH, SHIN, knee)
        else:
            if thigh is None or shin is None:
                raise ValueError("leg needs angles or a target")
            k = add(self.hip, down(thigh, THIGH))
            ankle = add(k, down(shin, SHIN))
        if foot is None:
            foot = angle_of(k, ankle) + foot_rel
        tip = add(ankle, down(foot, FOOT))
        limb = Limb(self.hip, k, ankle, tip)
        self.legs[side] = limb
        return limb

    def arm(
        self,
        side: str,
        *,
        upper: float | None = None,
        fore: float | None = None,
        hand: P | None = None,
        elbow: P = (-1.0, 0.0),
    ) -> Limb:
        if hand is not None:
            e = two_link(self.shoulder, hand, UPPER_ARM, FOREARM, elbow)
        else:
            if upper is None or fore is None:
                raise ValueError("arm needs angles or a target")
            e = add(self.shoulder, down(upper, UPPER_ARM))
            hand = add(e, down(fore, FOREARM))
        limb = Limb(self.shoulder, e, hand)
        self.arms[side] = limb
        return limb

    def draw(
        self,
        d: Drawing,
        *,
        color: str = BODY,
        far_color: str = BODY_FAR,
        gap: str | None = BACKDROP,
    ) -> None:
        for side in ("far", "near"):
            near = side == "near"
            layer = d.near if near else d.far
            col = color if near else far_color
            if side in self.legs:
                if near and gap is not None:
                    layer.append(halo(self.legs[side], W_LEG, gap))
                layer.extend(leg_svg(self.legs[side], col))
            if side in self.arms:
                if near and gap is not None:
                    layer.append(halo(self.arms[side], W_ARM, gap))
                layer.append(arm_svg(self.arms[side], col))
        d.body.append(line(self.hip, self.shoulder, W_TORSO, color))
        d.body.append(circle(self.head, HEAD_R, color))


def halo(limb: Limb, width: float, gap: str) -> str:
    """A thin outline in the backdrop colour under a near limb, as pictograms do, so an arm in
    front of the torso (same colour) stays readable. Flat ends, starting part-way down the first
    segment and stopping before the hand or foot, so it never shows as a ring around an end."""
    points = [lerp(limb.root, limb.mid, 0.55), limb.mid, lerp(limb.mid, limb.end, 0.85)]
    return (
        f'<polyline points="{pts(points)}" fill="none" stroke="{gap}" '
        f'stroke-width="{fmt(width + 5)}" stroke-linecap="butt" stroke-linejoin="round"/>'
    )


def leg_svg(limb: Limb, color: str) -> list[str]:
    assert limb.tip is not None
    return [
        polyline([limb.root, limb.mid, limb.end], W_LEG, color),
        line(limb.end, limb.tip, W_FOOT, color),
    ]


def arm_svg(limb: Limb, color: str) -> str:
    return polyline([limb.root, limb.mid, limb.end], W_ARM, color)


def ghost_leg(d: Drawing, hip: P, thigh: float, shin: float, foot_rel: float = 90) -> Limb:
    k = add(hip, down(thigh, THIGH))
    a = add(k, down(shin, SHIN))
    t = add(a, down(shin + foot_rel, FOOT))
    limb = Limb(hip, k, a, t)
    d.ghost.extend(leg_svg(limb, GHOST))
    return limb


def highlight(d: Drawing, a: P, b: P, t0: float, t1: float, width: float = W_LEG) -> None:
    """Colour part of a segment: the muscle that is stretched or rolled."""
    d.accent.append(line(lerp(a, b, t0), lerp(a, b, t1), width, ACCENT))


def standing_leg(
    fig: Side, side: str, x: float, *, gy: float = GROUND, knee: P = (1.0, 0.0)
) -> Limb:
    """A foot flat on the ground with its ankle at ``x``."""
    return fig.leg(side, ankle=(x, gy - ANKLE_H), foot=90, knee=knee)


def tiptoe_leg(fig: Side, side: str, toe_x: float, foot: float, *, gy: float = GROUND) -> Limb:
    """Up on the ball of the foot: the toe on the ground, the heel lifted."""
    return fig.leg(side, toe=(toe_x, gy - ANKLE_H + 1), foot=foot, knee=(1.0, 0.0))


STAND_HIP_Y = GROUND - ANKLE_H - THIGH - SHIN


class Front:
    """A front (or back) view: both sides drawn alike; 'l' is the viewer's left."""

    def __init__(self, hip: P) -> None:
        self.hip = hip
        self.neck = (hip[0], hip[1] - TORSO)
        self.head = (hip[0], self.neck[1] - W_TORSO_FRONT / 2 - HEAD_GAP - HEAD_R + 2)
        self.parts: list[str] = []
        self.legs: dict[str, Limb] = {}

    def hip_of(self, side: str) -> P:
        return (self.hip[0] + (-FRONT_HIP if side == "l" else FRONT_HIP), self.hip[1])

    def shoulder_of(self, side: str) -> P:
        return (
            self.neck[0] + (-FRONT_SHOULDER if side == "l" else FRONT_SHOULDER),
            self.neck[1] + 4,
        )

    def leg(self, side: str, thigh: float, shin: float, foot: float | None = None) -> Limb:
        root = self.hip_of(side)
        k = add(root, down(thigh, THIGH))
        a = add(k, down(shin, SHIN))
        if foot is None:
            foot = -90 if side == "l" else 90
        t = add(a, down(foot, FOOT * 0.55))
        limb = Limb(root, k, a, t)
        self.legs[side] = limb
        return limb

    def arm_to(self, side: str, hand: P, elbow: P) -> Limb:
        root = self.shoulder_of(side)
        e = two_link(root, hand, UPPER_ARM, FOREARM, elbow)
        return Limb(root, e, hand)

    def draw(self, d: Drawing, arms: Sequence[Limb], color: str = BODY) -> None:
        for limb in self.legs.values():
            d.body.extend(leg_svg(limb, color))
        d.body.append(line(self.hip, self.neck, W_TORSO_FRONT, color))
        for limb in arms:
            d.body.append(arm_svg(limb, color))
        d.body.append(circle(self.head, HEAD_R, color))


# --------------------------------------------------------------------------- props


def wall(d: Drawing, x: float, top: float = 22, bottom: float = GROUND + 6) -> None:
    """A wall seen edge-on to the right of the figure."""
    d.back.append(rect(x, top, 16, bottom - top, PROP, 3))


ROLLER_R = 13.0


def roller(d: Drawing, c: P, r: float = ROLLER_R) -> None:
    d.front.append(circle(c, r, PROP))
    d.front.append(circle(c, r * 0.45, PROP_LIGHT))


def chair(d: Drawing, left: float, right: float, seat_y: float) -> None:
    """A chair seen from the side: seat, two legs and a backrest at the left."""
    d.back.append(rect(left, seat_y, right - left, 7, PROP, 3))
    for x in (left + 3, right - 8):
        d.back.append(rect(x, seat_y + 4, 5, GROUND + 2 - seat_y - 4, PROP, 2))
    d.back.append(rect(left, seat_y - 58, 7, 60, PROP, 3))


def step(d: Drawing, edge_x: float, top: float, right: float = 222) -> None:
    d.back.append(rect(edge_x, top, right - edge_x, GROUND + 6 - top, PROP, 3))


# --------------------------------------------------------------------------- pictures


def on_ground_hip(foot: float) -> float:
    """Hip height for straight legs up on the balls of the feet (foot at ``foot`` degrees)."""
    return GROUND - ANKLE_H + 1 - (SHIN + THIGH) * 0.998 - FOOT * math.cos(math.radians(foot))


def tiptoe_under_hip(fig: Side, side: str, foot: float, dx: float = 0.0) -> Limb:
    toe_x = fig.hip[0] + dx + FOOT * math.sin(math.radians(foot))
    return tiptoe_leg(fig, side, toe_x, foot)


def ankle_rolls() -> Drawing:
    d = Drawing()
    ground(d)
    hip = (104.0, STAND_HIP_Y)
    fig = Side(hip)
    standing_leg(fig, "far", hip[0])
    toe = (hip[0] + 34, GROUND - ANKLE_H + 2)
    near = fig.leg("near", toe=toe, foot=28, knee=(1.0, -0.2))
    fig.arm("far", upper=-6, fore=10)
    fig.arm("near", upper=-10, fore=6)
    fig.draw(d)
    d.accent.extend(arrow(arc(add(near.end, (3, 2)), 28, 11, 215, 520, 60)))
    return d


def leg_swing_front_back() -> Drawing:
    """Side-on to the wall: the wall is beside the runner, so it is seen face-on behind the
    figure (as in the side-to-side swing), with the inside hand on it; the outside (near)
    leg swings through the open side, never through the wall."""
    d = Drawing()
    ground(d)
    d.back.append(rect(24, 18, 192, GROUND - 18, WALL_FACE, 6))
    hip = (104.0, STAND_HIP_Y)
    fig = Side(hip)
    standing_leg(fig, "far", hip[0])
    fig.leg("near", thigh=60, shin=52, foot_rel=100)
    ghost_leg(d, hip, -32, -38, 90)
    # The inside arm reaches sideways to the wall, so it is seen foreshortened: a short arm
    # with the hand flat on the wall at chest height.
    elbow = add(fig.shoulder, down(62, UPPER_ARM * 0.5))
    fig.arms["far"] = Limb(fig.shoulder, elbow, add(elbow, down(96, FOREARM * 0.5)))
    fig.arm("near", upper=-8, fore=8)
    fig.draw(d)
    r = THIGH + SHIN + 20
    d.accent.extend(arrow(limb_arc(hip, r, 34, 72)))
    d.accent.extend(arrow(limb_arc(hip, r - 6, -24, -50)))
    return d


def leg_swing_side() -> Drawing:
    d = Drawing()
    ground(d)
    d.back.append(rect(24, 18, 192, GROUND - 18, WALL_FACE, 6))  # the wall, seen from behind
    hip = (120.0, STAND_HIP_Y)
    fig = Front(hip)
    fig.leg("l", 2, 0)
    fig.leg("r", 34, 34, 90)
    across = fig.hip_of("r")
    k = add(across, down(-26, THIGH))
    a = add(k, down(-26, SHIN))
    d.ghost.extend(leg_svg(Limb(across, k, a, add(a, down(-90, FOOT * 0.55))), GHOST))
    arms = [
        fig.arm_to("l", (hip[0] - 40, fig.neck[1] - 8), (-1.0, 0.6)),
        fig.arm_to("r", (hip[0] + 40, fig.neck[1] - 8), (1.0, 0.6)),
    ]
    fig.draw(d, arms)
    d.accent.extend(arrow(arc((hip[0] + 6, 150), 58, 42, 150, 30), both=True))
    return d


def calf_raise() -> Drawing:
    d = Drawing()
    ground(d)
    foot = 36.0
    hip = (104.0, on_ground_hip(foot))
    fig = Side(hip)
    wall_x = fig.shoulder[0] + 56
    wall(d, wall_x)
    tiptoe_under_hip(fig, "far", foot, -3)
    near = tiptoe_under_hip(fig, "near", foot)
    # Fingertips on the wall for balance, the other arm relaxed.
    fig.arm("far", hand=(wall_x, fig.shoulder[1] + 14), elbow=(0.0, 1.0))
    fig.arm("near", upper=-6, fore=6)
    fig.draw(d)
    x = near.end[0] - 22
    d.accent.extend(arrow([(x, GROUND - 4), (x, GROUND - 52)]))
    return d


def single_leg_calf_raise() -> Drawing:
    d = Drawing()
    ground(d)
    foot = 36.0
    hip = (104.0, on_ground_hip(foot))
    fig = Side(hip, lean=3)
    wall_x = fig.shoulder[0] + 54
    wall(d, wall_x)
    near = tiptoe_under_hip(fig, "near", foot)
    fig.leg("far", thigh=-6, shin=-82, foot_rel=60)
    # A fingertip on the wall for balance, the other arm relaxed.
    fig.arm("far", hand=(wall_x, fig.shoulder[1] + 12), elbow=(0.0, 1.0))
    fig.arm("near", upper=-8, fore=4)
    fig.draw(d)
    x = near.end[0] - 22
    d.accent.extend(arrow([(x, GROUND - 4), (x, GROUND - 46)]))
    return d


def walking_lunge() -> Drawing:
    d = Drawing()
    ground(d)
    back_knee_y = GROUND - W_LEG / 2 - 4
    thigh = -22.0
    hip = (110.0, back_knee_y - THIGH * math.cos(math.radians(thigh)))
    fig = Side(hip, lean=2)
    # Front leg: thigh level, shin upright over the ankle.
    fig.leg("far", ankle=(hip[0] + THIGH, GROUND - ANKLE_H), foot=90, knee=(0.3, -1.0))
    # Back leg: knee just off the floor, toes tucked under, heel up.
    fig.leg("near", thigh=thigh, shin=-98, foot=48)
    fig.arm("far", upper=-28, fore=-8)
    fig.arm("near", upper=26, fore=70)
    fig.draw(d)
    y = fig.shoulder[1] - 8
    d.accent.extend(arrow([(hip[0] + 34, y), (hip[0] + 90, y)]))
    return d


def running_arms(fig: Side, swing: float) -> None:
    """Bent running arms: the far arm forward, the near arm back."""
    fig.arm("far", upper=swing, fore=swing + 95)
    fig.arm("near", upper=-swing, fore=-swing + 80)


def high_knees() -> Drawing:
    d = Drawing()
    ground(d)
    foot = 40.0
    hip = (106.0, on_ground_hip(foot))
    fig = Side(hip, lean=-2)
    tiptoe_under_hip(fig, "far", foot)
    knee = fig.leg("near", thigh=92, shin=8, foot_rel=75)
    running_arms(fig, 35)
    fig.draw(d)
    x = knee.mid[0] + 28
    d.accent.extend(arrow([(x, knee.end[1] + 6), (x, knee.mid[1] - 24)]))
    return d


def butt_kicks() -> Drawing:
    d = Drawing()
    ground(d)
    foot = 40.0
    hip = (118.0, on_ground_hip(foot))
    fig = Side(hip, lean=4)
    tiptoe_under_hip(fig, "far", foot, 2)
    kick = fig.leg("near", thigh=-6, shin=-158, foot_rel=45)
    running_arms(fig, 35)
    fig.draw(d)
    d.accent.extend(arrow(limb_arc(kick.mid, SHIN + 20, -40, -150)))
    return d


def bezier(p0: P, p1: P, p2: P, p3: P, n: int = 30) -> list[P]:
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return out


def a_skip() -> Drawing:
    d = Drawing()
    ground(d)
    foot = 40.0
    hip = (100.0, on_ground_hip(foot))
    fig = Side(hip, lean=1)
    tiptoe_under_hip(fig, "far", foot)
    knee = fig.leg("near", thigh=82, shin=-4, foot_rel=100)
    fig.arm("far", upper=-32, fore=24)
    fig.arm("near", upper=45, fore=140)
    fig.draw(d)
    # Knee drives up, then the foot strikes down and back under the hips.
    start = add(knee.tip or knee.end, (14, 6))
    end = (hip[0] + 22, GROUND - 10)
    d.accent.extend(arrow(bezier(start, add(start, (8, 34)), (end[0] + 24, end[1]), end)))
    return d


def wall_stretch(bent: bool) -> tuple[Drawing, Limb]:
    d = Drawing()
    ground(d)
    ankle_y = GROUND - ANKLE_H
    if bent:
        # Soleus: back knee bent and pushed forward over the flat foot, hips dropped.
        back_ankle = (66.0, ankle_y)
        knee = add(back_ankle, down(180 - 24, SHIN))
        hip = sub(knee, down(40, THIGH))
        lean = 16.0
        front_x = hip[0] + 40
    else:
        # Gastrocnemius: back leg straight, heel down.
        back_ankle = (60.0, ankle_y)
        hip = add(back_ankle, down(180 - 32, (THIGH + SHIN) * 0.995))
        lean = 24.0
        front_x = hip[0] + 32
    fig = Side(hip, lean=lean)
    standing_leg(fig, "far", front_x)
    back = fig.leg("near", ankle=back_ankle, foot=90, knee=(1.0, 0.0))
    wall_x = fig.shoulder[0] + 58
    wall(d, wall_x)
    hand_y = fig.shoulder[1] - 10
    fig.arm("far", hand=(wall_x, hand_y - 4), elbow=(0.0, 1.0))
    fig.arm("near", hand=(wall_x, hand_y), elbow=(0.0, 1.0))
    fig.draw(d)
    return d, back


def wall_calf_stretch() -> Drawing:
    d, back = wall_stretch(bent=False)
    highlight(d, back.mid, back.end, 0.12, 0.6)
    return d


def bent_knee_calf_stretch() -> Drawing:
    d, back = wall_stretch(bent=True)
    highlight(d, back.mid, back.end, 0.45, 0.95)
    return d


def hamstring_stretch() -> Drawing:
    d = Drawing()
    ground(d)
    heel = (162.0, GROUND - ANKLE_H - 1)
    # Front leg straight, heel down, toes up; hinge forward from the hips with a flat back.
    hip = add(heel, down(180 + 36, (THIGH + SHIN) * 0.995))
    fig = Side(hip, lean=64, head_tilt=-18)
    front = fig.leg("near", ankle=heel, foot=165, knee=(0.0, -1.0))
    # Back leg bent, its foot a little behind the hips: the weight sits back on it.
    back = standing_leg(fig, "far", hip[0] - 20)
    # Both hands rest on the bent back thigh, never on the straight knee (the step's tip).
    fig.arm("far", hand=lerp(back.root, back.mid, 0.62), elbow=(-1.0, 0.0))
    fig.arm("near", hand=lerp(back.root, back.mid, 0.74), elbow=(-1.0, 0.0))
    fig.draw(d)
    # Hamstring: the back of the front thigh.
    highlight(d, front.root, front.mid, 0.42, 0.95)
    return d


def quad_stretch() -> Drawing:
    d = Drawing()
    ground(d)
    hip = (108.0, STAND_HIP_Y)
    fig = Side(hip)
    wall_x = fig.shoulder[0] + 54
    wall(d, wall_x)
    standing_leg(fig, "far", hip[0])
    # Knee points at the floor, heel pulled to the buttock.
    bent = fig.leg("near", thigh=-6, shin=-160, foot_rel=35)
    fig.arm("near", hand=lerp(bent.mid, bent.end, 0.95), elbow=(-1.0, 0.0))
    fig.arm("far", hand=(wall_x, fig.shoulder[1] + 6), elbow=(0.0, 1.0))
    fig.draw(d)
    highlight(d, bent.root, bent.mid, 0.2, 0.92)
    return d


def hip_flexor_stretch() -> Drawing:
    d = Drawing()
    ground(d)
    knee_y = GROUND - W_LEG / 2
    hip = (96.0, knee_y - THIGH)
    fig = Side(hip, lean=-3)
    # Front leg: foot flat, shin upright, thigh level.
    front = fig.leg("far", ankle=(hip[0] + THIGH - 2, GROUND - ANKLE_H), foot=90, knee=(0.3, -1.0))
    # Back leg: knee on the floor under the hip, shin and laces along the floor.
    back = fig.leg("near", thigh=-2, shin=-91, foot=-97)
    # Hands rest on the front knee, which keeps the front of the back hip in view.
    fig.arm("far", hand=add(front.mid, (-8, -7)), elbow=(0.0, 1.0))
    fig.arm("near", hand=add(front.mid, (-4, -8)), elbow=(0.0, 1.0))
    fig.draw(d)
    highlight(d, back.root, back.mid, 0.0, 0.5)
    # Tuck the pelvis and push the hips forward.
    d.accent.extend(arrow([(hip[0] - 50, hip[1] - 4), (hip[0] - 18, hip[1] - 4)]))
    return d


def glute_stretch() -> Drawing:
    """Figure-4 sitting on a chair, leaning forward from the hips. A true side view hides the
    crossed shin (it points at the viewer), so the crossed knee is turned up into the picture
    plane, as illustrators do."""
    d = Drawing()
    ground(d)
    hip = (84.0, GROUND - ANKLE_H - SHIN - 2)
    chair(d, hip[0] - 28, hip[0] + 20, hip[1] + W_LEG / 2 + 1)
    fig = Side(hip, lean=20, head_tilt=-6)
    # Far leg: thigh along the seat, shin upright, foot flat on the floor.
    far = fig.leg("far", ankle=(hip[0] + THIGH - 1, GROUND - ANKLE_H), foot=90, knee=(0.3, -1.0))
    # Crossed leg: ankle resting on the far knee, knee opened out (turned up into view).
    ankle = add(far.mid, (2, -11))
    knee = add(hip, (32, -24))
    fig.legs["near"] = Limb(hip, knee, ankle, add(ankle, down(angle_of(knee, ankle) + 75, FOOT)))
    # Hands rest on the crossed leg: the near one on the ankle, the far one on the knee.
    fig.arm("near", hand=add(ankle, (-2, -6)), elbow=(0.0, 1.0))
    fig.arm("far", hand=add(knee, (2, -5)), elbow=(0.0, 1.0))
    fig.draw(d)
    d.accent.append(circle(add(hip, (-3, 0)), 10, ACCENT))
    # Lean the chest forward from the hips.
    d.accent.extend(arrow(limb_arc(hip, TORSO + 38, 158, 128)))
    return d


def below(angle: float) -> float:
    """The side of a limb pointing at the floor, as a limb angle."""
    return angle - 90 if angle > 0 else angle + 90


def on_roller(hip_x: float, angle: float, along: float, r: float = ROLLER_R) -> tuple[P, P]:
    """Hip and roller centre for a straight leg at ``angle`` resting on a roller ``along`` px
    from the hip, with the roller on the ground."""
    rel = add(down(angle, along), down(below(angle), r + W_LEG / 2))
    c_y = GROUND - r
    hip = (hip_x, c_y - rel[1])
    return hip, add(hip, rel)


def seated_roll(
    d: Drawing, hip_x: float, angle: float, along: float, lean: float, far_foot: float
) -> tuple[Side, P]:
    """Sitting back on the hands with one straight leg on a roller (the texts say "under one
    calf", "under one thigh"); the other knee is bent, its foot flat on the floor
    ``far_foot`` px ahead of the hip."""
    hip, c = on_roller(hip_x, angle, along)
    fig = Side(hip, lean=lean, head_tilt=22)
    reach = (THIGH + SHIN) * 0.998
    fig.leg("near", ankle=add(hip, down(angle, reach)), foot=angle + 62, knee=(0.0, -1.0))
    fig.leg("far", ankle=(hip[0] + far_foot, GROUND - ANKLE_H), foot=90, knee=(0.2, -1.0))
    hand = (fig.shoulder[0] - 12, GROUND - 4)
    fig.arm("far", hand=add(hand, (4, 0)), elbow=(-1.0, 0.0))
    fig.arm("near", hand=hand, elbow=(-1.0, 0.0))
    fig.draw(d)
    roller(d, c)
    return fig, c


def roll_arrow(d: Drawing, c: P, y: float, half: float = 26) -> None:
    d.accent.extend(arrow([(c[0] - half, y), (c[0] + half, y)], both=True))


def foam_roll_calves() -> Drawing:
    d = Drawing()
    ground(d)
    fig, c = seated_roll(d, 84.0, 100.0, THIGH + SHIN * 0.55, lean=-48, far_foot=34)
    shin = fig.legs["near"]
    highlight(d, shin.mid, shin.end, 0.3, 0.85)
    roll_arrow(d, c, c[1] - 64)
    return d


def foam_roll_hamstrings() -> Drawing:
    d = Drawing()
    ground(d)
    fig, c = seated_roll(d, 76.0, 86.0, THIGH * 0.6, lean=-46, far_foot=40)
    thigh = fig.legs["near"]
    highlight(d, thigh.root, thigh.mid, 0.3, 0.95)
    roll_arrow(d, c, c[1] - 60)
    return d


def foam_roll_quads() -> Drawing:
    d = Drawing()
    ground(d)
    # Face down on the forearms, head to the right, roller under the front of the thighs.
    angle = -96.0
    hip, c = on_roller(108.0, angle, THIGH * 0.55)
    shoulder_y = GROUND - 6 - UPPER_ARM
    lean = 90 - math.degrees(math.asin((hip[1] - shoulder_y) / TORSO))
    fig = Side(hip, lean=lean, head_tilt=-50)
    reach = (THIGH + SHIN) * 0.998
    fig.leg("near", ankle=add(hip, down(angle, reach)), foot=angle - 100, knee=(0.0, 1.0))
    fig.leg("far", ankle=add(hip, down(angle - 2, reach)), foot=angle - 100, knee=(0.0, 1.0))
    elbow = (fig.shoulder[0], GROUND - 6)
    fig.arms["far"] = Limb(fig.shoulder, add(elbow, (3, 0)), (elbow[0] + FOREARM, GROUND - 5))
    fig.arms["near"] = Limb(fig.shoulder, elbow, (elbow[0] + FOREARM - 3, GROUND - 5))
    fig.draw(d)
    roller(d, c)
    thigh = fig.legs["near"]
    highlight(d, thigh.root, thigh.mid, 0.25, 0.95)
    roll_arrow(d, c, c[1] - 56)
    return d


def foam_roll_glutes() -> Drawing:
    d = Drawing()
    ground(d)
    r = ROLLER_R
    c = (108.0, GROUND - r)
    hip = (c[0], c[1] - r - 7)
    fig = Side(hip, lean=-55, head_tilt=18)
    under = standing_leg(fig, "far", hip[0] + 62, knee=(0.0, -1.0))
    # The crossed leg: ankle on the far knee, knee turned out towards the viewer.
    k = add(hip, (30, -14))
    a = add(under.mid, (6, -9))
    fig.legs["near"] = Limb(hip, k, a, add(a, down(70, FOOT)))
    fig.arm("near", hand=(fig.shoulder[0] - 16, GROUND - 4), elbow=(-1.0, 0.0))
    fig.arm("far", hand=(fig.shoulder[0] - 12, GROUND - 4), elbow=(-1.0, 0.0))
    fig.draw(d)
    roller(d, c, r)
    d.accent.append(circle(add(hip, (-4, 3)), 10, ACCENT))
    roll_arrow(d, c, GROUND - 112, 22)
    return d


def heel_drop(bent: bool) -> Drawing:
    d = Drawing()
    ground(d)
    step_top = GROUND - 40
    edge = 116.0
    foot = 120.0  # heel below the toes: the foot points up and forward from the ankle
    toe = (edge + 5, step_top - W_FOOT / 2)
    ankle = sub(toe, down(foot, FOOT))
    if bent:
        # Knee bent ~25 degrees: shin tilts forward, thigh back, hips stay over the foot.
        knee = add(ankle, down(180 - 12, SHIN))
        hip = add(knee, down(180 + 13, THIGH))
    else:
        knee = add(ankle, down(180, SHIN))
        hip = add(knee, down(180, THIGH))
    fig = Side(hip, lean=8 if bent else 3)
    wall_x = fig.shoulder[0] + 52
    step(d, edge, step_top, wall_x + 2)
    wall(d, wall_x)
    fig.legs["near"] = Limb(hip, knee, ankle, toe)
    fig.leg("far", thigh=-6, shin=-80, foot_rel=60)
    fig.arm("near", hand=(wall_x, fig.shoulder[1] + 10), elbow=(0.0, 1.0))
    fig.arm("far", hand=(wall_x, fig.shoulder[1] + 4), elbow=(0.0, 1.0))
    fig.draw(d)
    x = ankle[0] - 20
    d.accent.extend(arrow([(x, step_top - 30), (x, step_top + 22)]))
    return d


def floor_heel_drop(bent: bool) -> Drawing:
    """The insertional variant: the same slow lowering on one leg, but on the floor, so the
    heel stops at floor level and never drops below it (no loading into dorsiflexion)."""
    d = Drawing()
    ground(d)
    foot = 36.0
    toe = (126.0, GROUND - ANKLE_H + 1)
    ankle = sub(toe, down(foot, FOOT))
    if bent:
        knee = add(ankle, down(180 - 14, SHIN))
        hip = add(knee, down(180 + 14, THIGH))
    else:
        knee = add(ankle, down(180, SHIN * 0.998))
        hip = add(knee, down(180, THIGH * 0.998))
    fig = Side(hip, lean=8 if bent else 3)
    wall_x = fig.shoulder[0] + 52
    wall(d, wall_x)
    fig.legs["near"] = Limb(hip, knee, ankle, toe)
    fig.leg("far", thigh=-6, shin=-80, foot_rel=60)
    fig.arm("near", hand=(wall_x, fig.shoulder[1] + 10), elbow=(0.0, 1.0))
    fig.arm("far", hand=(wall_x, fig.shoulder[1] + 4), elbow=(0.0, 1.0))
    fig.draw(d)
    # Down slowly to the floor, and no further.
    x = ankle[0] - 18
    d.accent.extend(arrow([(x, GROUND - 58), (x, GROUND - 8)]))
    return d


def step_calf_raise() -> Drawing:
    """Heavy slow calf raises standing: the balls of both feet on the edge of a step, knees
    straight, a loaded backpack; shown mid-way, heels level with the step, up over 3 s and
    down over 3 s."""
    d = Drawing()
    ground(d)
    step_top = GROUND - 20
    edge = 110.0
    ankle = (edge - 11, step_top - ANKLE_H)  # the balls of the feet on the edge
    hip = (ankle[0], ankle[1] - (THIGH + SHIN) * 0.998)
    fig = Side(hip, lean=3)
    wall_x = fig.shoulder[0] + 54
    step(d, edge, step_top, wall_x + 2)
    wall(d, wall_x)
    fig.leg("near", ankle=ankle, foot=90, knee=(1.0, 0.0))
    fig.leg("far", ankle=add(ankle, (-3, 0)), foot=90, knee=(1.0, 0.0))
    fig.arm("far", hand=(wall_x, fig.shoulder[1] + 12), elbow=(0.0, 1.0))
    fig.arm("near", upper=-8, fore=4)
    # The load: a backpack on the back.
    back = add(lerp(fig.hip, fig.shoulder, 0.55), (-W_TORSO / 2 - 8, -10))
    d.far.append(rect(back[0] - 6, back[1], 16, 30, PROP, 5))
    fig.draw(d)
    x = ankle[0] - 22
    d.accent.extend(arrow([(x, step_top + 18), (x, step_top - 40)], both=True))
    return d


def seated_calf_raise() -> Drawing:
    """Heavy slow calf raises seated: knees bent at a right angle (the soleus works), the
    balls of the feet on a book or low step, a weight on the knees; heels up over 3 s, down
    over 3 s."""
    d = Drawing()
    ground(d)
    block_top = GROUND - 14
    foot = 40.0  # heels raised
    toe = (150.0, block_top - ANKLE_H + 1)
    ankle = sub(toe, down(foot, FOOT))
    knee = add(ankle, down(180, SHIN))
    hip = add(knee, down(-90, THIGH))
    d.back.append(rect(toe[0] - 12, block_top, 26, GROUND + 4 - block_top, PROP_LIGHT, 3))
    chair(d, hip[0] - 28, hip[0] + 20, hip[1] + W_LEG / 2 + 1)
    fig = Side(hip, lean=4)
    fig.legs["near"] = Limb(hip, knee, ankle, toe)
    fig.legs["far"] = Limb(hip, add(knee, (-3, 0)), add(ankle, (-3, 0)), add(toe, (-3, 0)))
    # The load: a weight resting on the knees, held with both hands.
    weight = (knee[0] - 22, knee[1] - W_LEG / 2 - 15)
    d.front.append(rect(weight[0], weight[1], 24, 15, PROP, 4))
    fig.arm("far", hand=(weight[0] + 4, weight[1] + 2), elbow=(0.0, 1.0))
    fig.arm("near", hand=(weight[0] + 12, weight[1] + 2), elbow=(0.0, 1.0))
    fig.draw(d)
    x = toe[0] + 24
    d.accent.extend(arrow([(x, GROUND - 4), (x, ankle[1] - 30)], both=True))
    return d


def cadence_run() -> Drawing:
    """Mid-stance of a quick, short step: the foot lands under the hips (the drill's tip),
    not out in front."""
    d = Drawing()
    ground(d)
    thigh, shin = 16.0, -10.0
    landing = add(down(thigh, THIGH), down(shin, SHIN))
    hip = (100.0, GROUND - ANKLE_H - landing[1] - 1)
    fig = Side(hip, lean=8)
    fig.leg("near", thigh=thigh, shin=shin, foot_rel=96)
    fig.leg("far", thigh=-26, shin=-96, foot_rel=70)
    running_arms(fig, 36)
    fig.draw(d)
    # Beat marks: four ticks like a metronome bar, the first one accented.
    for i, h in enumerate((26, 14, 14, 14)):
        x = 156 + i * 16
        d.accent.append(line((x, 50 - h / 2), (x, 50 + h / 2), 7, ACCENT))
    return d


def easy_jog() -> Drawing:
    """An easy jog between intervals or to warm up: upright, short stride, relaxed arms; no
    beat marks, so it is not mistaken for the cadence intervals (and not a standing rest)."""
    d = Drawing()
    ground(d)
    thigh, shin = 12.0, -8.0
    landing = add(down(thigh, THIGH), down(shin, SHIN))
    hip = (112.0, GROUND - ANKLE_H - landing[1] - 1)
    fig = Side(hip, lean=3)
    fig.leg("near", thigh=thigh, shin=shin, foot_rel=94)
    fig.leg("far", thigh=-16, shin=-64, foot_rel=75)
    running_arms(fig, 22)
    fig.draw(d)
    # Easy going: three soft trailing lines behind the runner.
    for i, y in enumerate((96.0, 116.0, 136.0)):
        x0 = 46 + 8 * (i % 2)
        d.accent.append(line((x0, y), (x0 + 26, y), 6, ACCENT))
    return d


def rest() -> Drawing:
    d = Drawing()
    ground(d)
    hip = (96.0, STAND_HIP_Y)
    fig = Front(hip)
    fig.leg("l", -3, -1)
    fig.leg("r", 3, 1)
    arms = [
        fig.arm_to("l", (hip[0] - 27, hip[1] + 10), (-1.0, 0.0)),
        fig.arm_to("r", (hip[0] + 27, hip[1] + 10), (1.0, 0.0)),
    ]
    fig.draw(d, arms)
    for x in (160.0, 184.0):
        d.accent.append(line((x, 74), (x, 118), 13, ACCENT))
    return d


def app_icon() -> Drawing:
    """The app icon: a wall calf stretch in white on the accent colour, bold enough for 32 px."""
    d = Drawing(backdrop=False)
    d.back.append(rect(4, 4, SIZE - 8, SIZE - 8, ACCENT, 52))
    gy = 196.0
    d.back.append(line((36, gy + 8), (204, gy + 8), 12, ICON_LIGHT))
    back_ankle = (58.0, gy - ANKLE_H)
    hip = add(back_ankle, down(180 - 32, (THIGH + SHIN) * 0.995))
    fig = Side(hip, lean=26)
    fig.leg("far", ankle=(hip[0] + 30, gy - ANKLE_H), foot=90, knee=(1.0, 0.0))
    fig.leg("near", ankle=back_ankle, foot=90, knee=(1.0, 0.0))
    wall_x = fig.shoulder[0] + 60
    d.back.append(rect(wall_x, 34, 22, gy + 14 - 34, ICON_LIGHT, 5))
    fig.arm("near", hand=(wall_x - 2, fig.shoulder[1] - 12), elbow=(0.0, 1.0))
    icon_svg(d, fig)
    return d


def icon_svg(d: Drawing, fig: Side) -> None:
    """Bolder strokes than the exercise pictures so the figure survives down-scaling to 32 px."""
    k = 1.6
    for limb in fig.legs.values():
        assert limb.tip is not None
        d.body.append(polyline([limb.root, limb.mid, limb.end], W_LEG * k, ICON_LIGHT))
        d.body.append(line(limb.end, limb.tip, W_FOOT * k, ICON_LIGHT))
    for limb in fig.arms.values():
        d.body.append(polyline([limb.root, limb.mid, limb.end], W_ARM * k, ICON_LIGHT))
    d.body.append(line(fig.hip, fig.shoulder, W_TORSO * 1.3, ICON_LIGHT))
    head = add(fig.shoulder, down(fig.neck_dir, W_TORSO * 1.3 / 2 + 6 + HEAD_R * 1.3))
    d.body.append(circle(head, HEAD_R * 1.3, ICON_LIGHT))


PICTURES: dict[str, Callable[[], Drawing]] = {
    "ankle-rolls": ankle_rolls,
    "leg-swing-front-back": leg_swing_front_back,
    "leg-swing-side": leg_swing_side,
    "calf-raise": calf_raise,
    "single-leg-calf-raise": single_leg_calf_raise,
    "walking-lunge": walking_lunge,
    "high-knees": high_knees,
    "butt-kicks": butt_kicks,
    "a-skip": a_skip,
    "wall-calf-stretch": wall_calf_stretch,
    "bent-knee-calf-stretch": bent_knee_calf_stretch,
    "hamstring-stretch": hamstring_stretch,
    "quad-stretch": quad_stretch,
    "hip-flexor-stretch": hip_flexor_stretch,
    "glute-stretch": glute_stretch,
    "foam-roll-calves": foam_roll_calves,
    "foam-roll-hamstrings": foam_roll_hamstrings,
    "foam-roll-quads": foam_roll_quads,
    "foam-roll-glutes": foam_roll_glutes,
    "heel-drop-straight-knee": lambda: heel_drop(bent=False),
    "heel-drop-bent-knee": lambda: heel_drop(bent=True),
    "floor-heel-drop-straight-knee": lambda: floor_heel_drop(bent=False),
    "floor-heel-drop-bent-knee": lambda: floor_heel_drop(bent=True),
    "step-calf-raise": step_calf_raise,
    "seated-calf-raise": seated_calf_raise,
    "cadence-run": cadence_run,
    "easy-jog": easy_jog,
    "rest": rest,
    "supple": app_icon,
}


# --------------------------------------------------------------------------- output


def write_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    failed = []
    for name, make in PICTURES.items():
        try:
            drawing = make()
        except ValueError as exc:  # a pose that cannot be reached: report them all at once
            failed.append(f"{name}: {exc}")
            continue
        path = out_dir / f"{name}.svg"
        path.write_text(drawing.svg(name.replace("-", " ")), encoding="utf-8")
        written.append(path)
    if failed:
        raise SystemExit("\n".join(failed))
    return written


def contact_sheet(paths: Sequence[Path], out: Path, cell: int = 240, cols: int = 6) -> None:
    """Render every SVG with Qt (the renderer the app uses) into one labelled PNG."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    label_h = 26
    rows = (len(paths) + cols - 1) // cols
    sheet = QImage(cols * cell, rows * (cell + label_h), QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#3a3f44"))  # dark, like a dark-themed player, so the backdrop must carry
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    for i, path in enumerate(paths):
        x = (i % cols) * cell
        y = (i // cols) * (cell + label_h)
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            raise RuntimeError(f"Qt cannot render {path}")
        renderer.render(painter, QRectF(x + 6, y + 6, cell - 12, cell - 12))
        painter.setPen(QColor("#f0f0f0"))
        painter.drawText(
            QRectF(x, y + cell - 4, cell, label_h), Qt.AlignmentFlag.AlignCenter, path.stem
        )
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(out))
    del app


def main(argv: Sequence[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=root / "assets" / "images")
    parser.add_argument("--sheet", type=Path, nargs="?", const=root / "docs" / "pictures.png")
    args = parser.parse_args(argv)
    paths = write_all(args.out)
    print(f"wrote {len(paths)} pictures to {args.out}")
    if args.sheet:
        contact_sheet(paths, args.sheet)
        print(f"contact sheet: {args.sheet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
