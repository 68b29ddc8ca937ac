"""The semantic core of crossclaim: claims, encoder, index, clustering.

Nothing heavy is imported here; torch and faiss load when a stage is built.
"""
