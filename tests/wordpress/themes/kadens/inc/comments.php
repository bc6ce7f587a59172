<?php
/**
 * Kommentarer: egen callback (Kadence-struktur) och formulärets fält.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

/**
 * Callback för wp_list_comments().
 *
 * WordPress Walker_Comment stänger </li> och skriver <ol class="children">
 * runt svar, så vi öppnar bara elementet här.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function kadens_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	$tag                = ( 'div' === $args['style'] ) ? 'div' : 'li';

	if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) {
		$label = ( 'trackback' === $comment->comment_type ) ? 'Trackback:' : 'Pingback:';
		?>
		<<?php echo $tag; ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( 'ping-item', $comment ); ?>>
			<div class="comment-body ping-body">
				<span class="ping-label"><?php echo esc_html( $label ); ?></span> <?php comment_author_link( $comment ); ?>
				<?php edit_comment_link( 'Redigera', '<span class="edit-link">', '</span>' ); ?>
			</div>
		<?php
		return;
	}

	$commenter          = wp_get_current_commenter();
	$show_pending_links = ! empty( $commenter['comment_author'] );
	$moderation_note    = 'Din kommentar väntar på granskning.';
	if ( '0' === $comment->comment_approved && ! $commenter['comment_author_email'] ) {
		$moderation_note = 'Din kommentar väntar på granskning. Detta är en förhandsgranskning; din kommentar blir synlig när den har godkänts.';
	}
	?>
	<<?php echo $tag; ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( ! empty( $args['has_children'] ) ? 'parent' : '', $comment ); ?>>
		<article id="div-comment-<?php comment_ID(); ?>" class="comment-body">
			<footer class="comment-meta">
				<div class="comment-author vcard">
					<?php
					if ( 0 !== (int) $args['avatar_size'] ) {
						echo get_avatar( $comment, $args['avatar_size'] );
					}
					?>
				</div>
				<div class="comment-meta-details">
					<div class="comment-author-link">
						<?php
						$author_html = get_comment_author_link( $comment );
						if ( '0' === $comment->comment_approved && ! $show_pending_links ) {
							$author_html = get_comment_author( $comment );
						}
						printf( '<b class="fn">%s</b>', $author_html ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
						?>
					</div>
					<div class="comment-metadata">
						<a class="comment-time" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><time datetime="<?php comment_time( 'c' ); ?>"><?php
						/* Samma upplägg som cores "%1$s at %2$s", på svenska. */
						printf( '%1$s kl. %2$s', esc_html( get_comment_date( '', $comment ) ), esc_html( get_comment_time() ) );
						?></time></a>
						<?php edit_comment_link( 'Redigera', '', '' ); ?>
					</div>
				</div>
				<?php if ( '0' === $comment->comment_approved ) : ?>
					<em class="comment-awaiting-moderation"><?php echo esc_html( $moderation_note ); ?></em>
				<?php endif; ?>
			</footer>

			<div class="comment-content">
				<?php comment_text(); ?>
			</div>

			<?php
			if ( '1' === $comment->comment_approved || $show_pending_links ) {
				comment_reply_link(
					array_merge(
						$args,
						array(
							'add_below'     => 'div-comment',
							'depth'         => $depth,
							'max_depth'     => $args['max_depth'],
							'reply_text'    => 'Svara',
							'reply_to_text' => 'Svara till %s',
							'login_text'    => 'Logga in för att svara',
							'before'        => '<div class="reply">',
							'after'         => '</div>',
						)
					)
				);
			}
			?>
		</article>
	<?php
}

/**
 * Fält i kommentarsformuläret, Kadence-stil med flytande etiketter:
 * fältet först, etiketten efter, namn/e-post/webbplats i en gemensam wrapper.
 *
 * @param array $fields Fält.
 * @return array
 */
function kadens_comment_form_fields( $fields ) {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$req_attr  = $req ? ' required="required"' : '';
	$req_ind   = $req ? ' <span class="required">*</span>' : '';

	$fields['author'] = '<div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="Namn" id="author" name="author" type="text" placeholder="Anna Andersson" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $req_attr . ' /><label class="float-label" for="author">Namn' . $req_ind . '</label></p>';
	$fields['email']  = '<p class="comment-form-email"><input aria-label="E-post" id="email" name="email" type="email" placeholder="anna@exempel.se" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $req_attr . ' /><label class="float-label" for="email">E-post' . $req_ind . '</label></p>';
	$fields['url']    = '<p class="comment-form-url"><input aria-label="Webbplats" id="url" name="url" type="url" placeholder="https://www.exempel.se" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" /><label class="float-label" for="url">Webbplats</label></p></div>';

	if ( isset( $fields['cookies'] ) ) {
		$consent           = empty( $commenter['comment_author_email'] ) ? '' : ' checked="checked"';
		$fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . ' /> <label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>';
	}
	return $fields;
}
add_filter( 'comment_form_default_fields', 'kadens_comment_form_fields' );

/**
 * Argument till comment_form().
 *
 * @return array
 */
function kadens_comment_form_args() {
	$post_id = get_the_ID();
	$user    = wp_get_current_user();
	$req     = (bool) get_option( 'require_name_email' );

	return array(
		'title_reply'          => 'Lämna en kommentar',
		/* translators: %s: kommentarsförfattare */
		'title_reply_to'       => 'Svara till %s',
		'title_reply_before'   => '<h2 id="reply-title" class="comment-reply-title">',
		'title_reply_after'    => '</h2>',
		'cancel_reply_link'    => 'Avbryt svar',
		'label_submit'         => 'Skicka kommentar',
		'class_submit'         => 'submit',
		'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte att publiceras.</span>' . ( $req ? ' <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span>' : '' ) . '</p>',
		'comment_field'        => '<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Skriv en kommentar…" cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea><label class="float-label" for="comment">Kommentar <span class="required">*</span></label></p>',
		'must_log_in'          => '<p class="must-log-in">Du måste vara <a href="' . esc_url( wp_login_url( get_permalink( $post_id ) ) ) . '">inloggad</a> för att kunna skriva en kommentar.</p>',
		'logged_in_as'         => '<p class="logged-in-as">Inloggad som ' . esc_html( $user->display_name ) . '. <a href="' . esc_url( get_edit_user_link() ) . '">Redigera din profil</a>. <a href="' . esc_url( wp_logout_url( get_permalink( $post_id ) ) ) . '">Logga ut?</a></p>',
	);
}
