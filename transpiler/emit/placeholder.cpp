// Placeholder: the emit phase lands here.
