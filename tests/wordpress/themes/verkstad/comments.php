<?php
/**
 * Kommentarer (portad från Sage:s comments.blade.php).
 */

if (post_password_required()) {
    return;
}
?>
<section id="comments" class="mt-16 border-t border-zinc-200 pt-12">
  <?php if (have_comments()) : ?>
    <h2 class="text-2xl font-bold tracking-tight text-zinc-900">
      <?php
      printf(
          /* translators: 1: antal kommentarer, 2: inläggets rubrik */
          _n('En kommentar till ”%2$s”', '%1$s kommentarer till ”%2$s”', get_comments_number(), 'verkstad'),
          number_format_i18n(get_comments_number()),
          '<span>' . get_the_title() . '</span>'
      );
      ?>
    </h2>

    <ol class="mt-8 divide-y divide-zinc-100 [&_.children]:mt-2 [&_.children]:divide-y [&_.children]:divide-zinc-100 [&_.children]:border-l-2 [&_.children]:border-zinc-100 [&_.children]:pl-6 sm:[&_.children]:pl-10">
      <?php
      wp_list_comments([
          'style' => 'ol',
          'short_ping' => true,
          'avatar_size' => 40,
          'callback' => 'App\\comment',
      ]);
      ?>
    </ol>

    <?php if (get_comment_pages_count() > 1 && get_option('page_comments')) : ?>
      <nav class="mt-8 flex items-center justify-between border-t border-zinc-100 pt-6 text-sm font-semibold text-indigo-600" aria-label="<?= esc_attr__('Kommentarsnavigering', 'verkstad') ?>">
        <div>
          <?php previous_comments_link('<span aria-hidden="true">&larr;</span> ' . esc_html__('Äldre kommentarer', 'verkstad')); ?>
        </div>
        <div class="text-right">
          <?php next_comments_link(esc_html__('Nyare kommentarer', 'verkstad') . ' <span aria-hidden="true">&rarr;</span>'); ?>
        </div>
      </nav>
    <?php endif; ?>
  <?php endif; ?>

  <?php if (! comments_open() && get_comments_number() != '0' && post_type_supports(get_post_type(), 'comments')) : ?>
    <div class="mt-10">
      <?php get_template_part('resources/views/components/alert', null, ['type' => 'warning', 'message' => __('Kommentarsfältet är stängt.', 'verkstad')]); ?>
    </div>
  <?php endif; ?>

  <?php comment_form(App\comment_form_args()); ?>
</section>
