// Loaded by load.ipynb with #load: a helper shared by several notebooks.
int Twice(int value) => value * 2;
