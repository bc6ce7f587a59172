<?php

/**
 * Kommentarer: callback för wp_list_comments() och argument till comment_form().
 */

namespace App;

/**
 * En kommentar i listan. Stängande </li> skrivs av Walker_Comment::end_el().
 *
 * @param \WP_Comment $comment
 * @param array       $args
 * @param int         $depth
 */
function comment($comment, $args, $depth)
{
    if (in_array($comment->comment_type, ['pingback', 'trackback'], true)) :
        ?>
        <li id="comment-<?php comment_ID(); ?>" class="py-4">
          <p class="flex flex-wrap items-center gap-x-2 text-sm text-zinc-500">
            <span class="rounded bg-zinc-100 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-zinc-500"><?= $comment->comment_type === 'trackback' ? 'Trackback' : 'Pingback' ?></span>
            <?php comment_author_link($comment); ?>
            <?php edit_comment_link(__('Redigera', 'verkstad'), '<span class="text-xs text-zinc-400">', '</span>'); ?>
          </p>
        <?php
        return;
    endif;

    $post = get_post($comment->comment_post_ID);
    $by_author = $post && (int) $comment->user_id > 0 && (int) $comment->user_id === (int) $post->post_author;
    ?>
    <li id="comment-<?php comment_ID(); ?>" class="py-6">
      <article id="div-comment-<?php comment_ID(); ?>" class="flex gap-x-4">
        <?= get_avatar($comment, $args['avatar_size'] ?? 40, '', '', ['class' => 'h-10 w-10 flex-none rounded-full bg-zinc-50']) ?>

        <div class="min-w-0 flex-auto">
          <div class="flex flex-wrap items-baseline justify-between gap-x-4">
            <p class="text-sm font-semibold leading-6 text-zinc-900">
              <?= esc_html(get_comment_author($comment)) ?>
              <?php if ($by_author) : ?>
                <span class="ml-1 rounded-full bg-indigo-50 px-2 py-0.5 text-[11px] font-medium text-indigo-700"><?= esc_html__('Författare', 'verkstad') ?></span>
              <?php endif; ?>
            </p>

            <p class="flex-none text-xs leading-5 text-zinc-500">
              <a href="<?= esc_url(get_comment_link($comment, $args)) ?>" class="hover:text-zinc-700">
                <time datetime="<?= esc_attr(get_comment_time('c', true)) ?>">
                  <?= esc_html(sprintf(__('%1$s kl. %2$s', 'verkstad'), get_comment_date('j F Y', $comment), get_comment_time('H:i'))) ?>
                </time>
              </a>
            </p>
          </div>

          <?php if ('0' === (string) $comment->comment_approved) : ?>
            <p class="mt-1 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800"><?= esc_html__('Din kommentar väntar på granskning.', 'verkstad') ?></p>
          <?php endif; ?>

          <div class="mt-2 space-y-3 text-sm leading-6 text-zinc-700 [&_a]:text-indigo-600 [&_a]:underline">
            <?php comment_text(); ?>
          </div>

          <div class="mt-3 flex items-center gap-x-4 text-xs font-semibold text-zinc-500 [&_a:hover]:text-indigo-600">
            <?php
            comment_reply_link(array_merge($args, [
                'add_below' => 'div-comment',
                'depth' => $depth,
                'max_depth' => $args['max_depth'],
                'reply_text' => __('Svara', 'verkstad'),
                'reply_to_text' => __('Svara %s', 'verkstad'),
                'login_text' => __('Logga in för att svara', 'verkstad'),
            ]));
            edit_comment_link(__('Redigera', 'verkstad'));
            ?>
          </div>
        </div>
      </article>
    <?php
}

/**
 * Argument till comment_form(). Egna fält med samma namn/id som core.
 *
 * @return array
 */
function comment_form_args()
{
    $commenter = wp_get_current_commenter();
    $req = (bool) get_option('require_name_email');

    $label = 'block text-sm font-medium leading-6 text-zinc-900';
    $input = 'mt-2 block w-full rounded-md border-0 px-3 py-2 text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 sm:text-sm sm:leading-6';
    $star = ' <span class="text-red-600" aria-hidden="true">*</span>';

    $fields = [
        'author' => sprintf(
            '<div class="sm:col-span-1"><label for="author" class="%1$s">%2$s%3$s</label><input id="author" name="author" type="text" value="%4$s" size="30" maxlength="245" autocomplete="name" class="%5$s"%6$s></div>',
            $label,
            esc_html__('Namn', 'verkstad'),
            $req ? $star : '',
            esc_attr($commenter['comment_author']),
            $input,
            $req ? ' required' : ''
        ),
        'email' => sprintf(
            '<div class="sm:col-span-1"><label for="email" class="%1$s">%2$s%3$s</label><input id="email" name="email" type="email" value="%4$s" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" class="%5$s"%6$s></div>',
            $label,
            esc_html__('E-post', 'verkstad'),
            $req ? $star : '',
            esc_attr($commenter['comment_author_email']),
            $input,
            $req ? ' required' : ''
        ),
        'url' => sprintf(
            '<div class="sm:col-span-2"><label for="url" class="%1$s">%2$s</label><input id="url" name="url" type="url" value="%3$s" size="30" maxlength="200" autocomplete="url" class="%4$s"></div>',
            $label,
            esc_html__('Webbplats', 'verkstad'),
            esc_attr($commenter['comment_author_url']),
            $input
        ),
    ];

    if (has_action('set_comment_cookies', 'wp_set_comment_cookies') && get_option('show_comments_cookies_opt_in')) {
        $fields['cookies'] = sprintf(
            '<div class="flex items-start gap-x-3 sm:col-span-2"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" class="mt-1 h-4 w-4 rounded border-zinc-300 text-indigo-600 focus:ring-indigo-600"%1$s><label for="wp-comment-cookies-consent" class="text-sm leading-6 text-zinc-600">%2$s</label></div>',
            empty($commenter['comment_author_email']) ? '' : ' checked',
            esc_html__('Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag skriver en kommentar.', 'verkstad')
        );
    }

    return [
        'fields' => $fields,
        'comment_field' => sprintf(
            '<div class="sm:col-span-2"><label for="comment" class="%1$s">%2$s%3$s</label><textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required class="%4$s"></textarea></div>',
            $label,
            esc_html__('Kommentar', 'verkstad'),
            $star,
            $input
        ),
        'comment_notes_before' => sprintf(
            '<p class="text-sm text-zinc-500 sm:col-span-2"><span id="email-notes">%s</span>%s</p>',
            esc_html__('Din e-postadress kommer inte att publiceras.', 'verkstad'),
            $req ? ' ' . esc_html__('Obligatoriska fält är märkta', 'verkstad') . ' <span class="text-red-600" aria-hidden="true">*</span>' : ''
        ),
        'comment_notes_after' => '',
        'logged_in_as' => sprintf(
            '<p class="text-sm text-zinc-500 sm:col-span-2 [&_a]:font-medium [&_a]:text-indigo-600">%s</p>',
            sprintf(
                /* translators: 1: användarnamn, 2: profillänk, 3: utloggningslänk */
                __('Inloggad som %1$s. <a href="%2$s">Redigera din profil</a>. <a href="%3$s">Logga ut?</a>', 'verkstad'),
                esc_html(wp_get_current_user()->display_name),
                esc_url(get_edit_user_link()),
                esc_url(wp_logout_url(get_permalink()))
            )
        ),
        'class_container' => 'mt-16 rounded-2xl bg-zinc-50 p-6 ring-1 ring-inset ring-zinc-200 sm:p-8',
        'class_form' => 'mt-6 grid grid-cols-1 gap-6 sm:grid-cols-2',
        'class_submit' => 'cursor-pointer rounded-md bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
        'submit_field' => '<div class="flex justify-end sm:col-span-2">%1$s %2$s</div>',
        'title_reply' => __('Lämna en kommentar', 'verkstad'),
        'title_reply_to' => __('Svara %s', 'verkstad'),
        'title_reply_before' => '<h3 id="reply-title" class="flex items-center justify-between text-lg font-semibold tracking-tight text-zinc-900">',
        'title_reply_after' => '</h3>',
        'cancel_reply_before' => ' <small class="text-sm font-medium text-zinc-500 [&_a:hover]:text-zinc-700">',
        'cancel_reply_after' => '</small>',
        'cancel_reply_link' => __('Avbryt svar', 'verkstad'),
        'label_submit' => __('Skicka kommentar', 'verkstad'),
    ];
}
