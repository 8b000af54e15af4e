// Placeholder: the types phase lands here.
