<div class="mt-6 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-500">
  <p>
    <span><?= esc_html__('Av', 'verkstad') ?></span>
    <span class="font-medium text-zinc-900"><?php the_author(); ?></span>
  </p>

  <span aria-hidden="true">&middot;</span>

  <time datetime="<?= esc_attr(get_post_time('c', true)) ?>">
    <?= esc_html(App\entry_date()) ?>
  </time>

  <?php if (! post_password_required()) : ?>
    <span aria-hidden="true">&middot;</span>
    <span><?= esc_html(sprintf(__('%d min läsning', 'verkstad'), App\reading_time())) ?></span>
  <?php endif; ?>
</div>
