<?php
/**
 * Kort i listningar (Tailwind UI "blog section").
 */

$categories = App\terms('category');
$category = $categories ? $categories[0] : null;
?>
<article class="flex flex-col items-start">
  <?php if (has_post_thumbnail() && ! post_password_required()) : ?>
    <a href="<?php the_permalink(); ?>" class="mb-8 block w-full" tabindex="-1" aria-hidden="true">
      <?php the_post_thumbnail('card', ['class' => 'aspect-[16/9] w-full rounded-2xl bg-zinc-100 object-cover', 'alt' => '']); ?>
    </a>
  <?php endif; ?>

  <div class="flex items-center gap-x-4 text-xs">
    <time datetime="<?= esc_attr(get_post_time('c', true)) ?>" class="text-zinc-500"><?= esc_html(App\entry_date()) ?></time>

    <?php if ($category) : ?>
      <a href="<?= esc_url(get_term_link($category)) ?>" class="relative z-10 rounded-full bg-zinc-50 px-3 py-1.5 font-medium text-zinc-600 hover:bg-zinc-100"><?= esc_html($category->name) ?></a>
    <?php endif; ?>
  </div>

  <div class="group relative">
    <h2 class="mt-3 text-lg font-semibold leading-6 text-zinc-900 group-hover:text-zinc-600">
      <a href="<?php the_permalink(); ?>">
        <span class="absolute inset-0"></span>
        <?php the_title(); ?>
      </a>
    </h2>

    <?php if (post_password_required()) : ?>
      <p class="mt-5 text-sm leading-6 text-zinc-500 italic"><?= esc_html__('Det här inlägget är lösenordsskyddat.', 'verkstad') ?></p>
    <?php else : ?>
      <div class="mt-5 line-clamp-3 text-sm leading-6 text-zinc-600">
        <?php the_excerpt(); ?>
      </div>
    <?php endif; ?>
  </div>

  <div class="relative mt-8 flex items-center gap-x-4">
    <?= get_avatar(get_the_author_meta('ID'), 40, '', '', ['class' => 'h-10 w-10 rounded-full bg-zinc-50']) ?>
    <div class="text-sm leading-6">
      <p class="font-semibold text-zinc-900"><?php the_author(); ?></p>
    </div>
  </div>
</article>
