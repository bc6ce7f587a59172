<?php
/**
 * Termer som pills.
 *
 * @var array $args ['taxonomy' => 'category'|'post_tag']
 */

$taxonomy = $args['taxonomy'] ?? 'category';
$terms = App\terms($taxonomy);

if (! $terms) {
    return;
}

$variant = $taxonomy === 'post_tag' ? 'tag' : 'category';
?>
<ul class="flex flex-wrap items-center gap-2" aria-label="<?= esc_attr($taxonomy === 'post_tag' ? __('Taggar', 'verkstad') : __('Kategorier', 'verkstad')) ?>">
  <?php foreach ($terms as $term) : ?>
    <li>
      <a href="<?= esc_url(get_term_link($term)) ?>" class="<?= esc_attr(App\pill($variant)) ?>"><?php if ($variant === 'tag') : ?><span class="text-zinc-400" aria-hidden="true">#</span><?php endif; ?><?= esc_html($term->name) ?></a>
    </li>
  <?php endforeach; ?>
</ul>
