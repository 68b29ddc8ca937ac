"""Quality measurement: the seed gold file and the public datasets in ../shared/eval."""
