package qtool.msc;

/** A qubit position on the cultivation papers' integer (x, y) grid; ordered by x, then y. */
record Site(int x, int y) implements Comparable<Site> {
    Site plus(int dx, int dy) {
        return new Site(x + dx, y + dy);
    }

    @Override
    public int compareTo(Site o) {
        return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y);
    }
}
