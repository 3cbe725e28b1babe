#!/usr/bin/env python3
"""Draws the two small 2D target images of `nwgf flow` as binary PGM files:
smiley.pgm (face outline, two eyes, a smile) and house.pgm (a line drawing of a house).
Dark strokes on white; strokes are anti-aliased by their distance to the ideal curve.
Run from anywhere: python3 suite/flow/data/make_images.py  (writes beside this script)."""
import math
import os

SIZE = 64        # pixels per side
STROKE = 1.6     # half-width of a stroke in pixels (lines about 3 px wide)


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def render(distance):
    """Grey level per pixel from the distance (pixels) of its centre to the drawing."""
    rows = []
    for q in range(SIZE):
        row = []
        for c in range(SIZE):
            dist = distance(c + 0.5, q + 0.5)
            ink = max(0.0, min(1.0, STROKE + 0.5 - dist))  # 1 inside, linear 1-px edge
            row.append(int(round(255 * (1.0 - ink))))
        rows.append(row)
    return rows


def smiley(x, y):
    cx = cy = SIZE / 2
    r = math.hypot(x - cx, y - cy)
    face = abs(r - 26.0)
    eyes = min(math.hypot(x - (cx - 9), y - (cy - 8)), math.hypot(x - (cx + 9), y - (cy - 8))) - 2.5
    # Smile: lower arc of the circle of radius 15 around (cx, cy - 1), from 30 to 150 degrees.
    sx, sy, sr = cx, cy - 1.0, 15.0
    angle = math.degrees(math.atan2(y - sy, x - sx))
    if 30.0 <= angle <= 150.0:
        smile = abs(math.hypot(x - sx, y - sy) - sr)
    else:
        ends = [(sx + sr * math.cos(math.radians(a)), sy + sr * math.sin(math.radians(a))) for a in (30, 150)]
        smile = min(math.hypot(x - ex, y - ey) for ex, ey in ends)
    return min(face, max(eyes, 0.0), smile)


def house(x, y):
    segments = [
        ((14, 58), (50, 58)), ((14, 58), (14, 30)), ((50, 58), (50, 30)),  # walls and floor
        ((10, 32), (32, 8)), ((32, 8), (54, 32)),                           # roof
        ((27, 58), (27, 42)), ((37, 58), (37, 42)), ((27, 42), (37, 42)),   # door
        ((18, 36), (24, 36)), ((18, 36), (18, 42)), ((24, 36), (24, 42)), ((18, 42), (24, 42)),  # window
    ]
    return min(segment_distance(x, y, ax, ay, bx, by) for (ax, ay), (bx, by) in segments)


def write_pgm(path, rows):
    with open(path, "wb") as f:
        f.write(b"P5\n# nwgf flow target, made by suite/flow/data/make_images.py\n%d %d\n255\n" % (SIZE, SIZE))
        f.write(bytes(v for row in rows for v in row))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_pgm(os.path.join(here, "smiley.pgm"), render(smiley))
    write_pgm(os.path.join(here, "house.pgm"), render(house))
