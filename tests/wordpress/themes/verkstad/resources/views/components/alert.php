<?php
/**
 * <x-alert> från Sage, som partial.
 *
 * @var array $args ['type' => 'info'|'warning'|'success'|'danger', 'message' => string]
 */

$type = $args['type'] ?? 'info';

$classes = match ($type) {
    'warning' => 'bg-amber-50 text-amber-800 ring-amber-600/20',
    'success' => 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
    'danger' => 'bg-red-50 text-red-800 ring-red-600/20',
    default => 'bg-indigo-50 text-indigo-800 ring-indigo-600/20',
};
?>
<div class="rounded-md px-4 py-3 text-sm ring-1 ring-inset <?= esc_attr($classes) ?>" role="<?= $type === 'danger' ? 'alert' : 'status' ?>">
  <?= wp_kses_post($args['message'] ?? '') ?>
</div>
