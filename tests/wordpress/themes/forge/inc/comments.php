<?php
/**
 * Kommentarer: egen callback till wp_list_comments() och formulärinställningar.
 * Anropas från comments.php, som i sin tur laddas av "Post Comments"-widgeten
 * (skin: Theme Comments) i single-mallen.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'forge_comment' ) ) {
	/**
	 * En kommentar (eller pingback/trackback) i listan.
	 * Elementet stängs av Walker_Comment::end_el().
	 *
	 * @param WP_Comment $comment Kommentaren.
	 * @param array      $args    Argument till wp_list_comments().
	 * @param int        $depth   Djup.
	 */
	function forge_comment( $comment, $args, $depth ) {
		$tag  = ( 'div' === $args['style'] ) ? 'div' : 'li';
		$type = get_comment_type( $comment );

		if ( 'pingback' === $type || 'trackback' === $type ) :
			?>
			<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( 'forge-ping', $comment ); ?>>
				<div class="forge-ping__body">
					<span class="forge-ping__label"><?php echo 'trackback' === $type ? esc_html__( 'Trackback', 'forge' ) : esc_html__( 'Pingback', 'forge' ); ?>:</span>
					<span class="forge-ping__source"><?php comment_author_link( $comment ); ?></span>
					<a class="forge-ping__date" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><?php echo esc_html( get_comment_date( FORGE_DATE_FORMAT, $comment ) ); ?></a>
					<?php edit_comment_link( esc_html__( 'Redigera', 'forge' ), '<span class="edit-link">', '</span>' ); ?>
				</div>
			<?php
			return;
		endif;

		$has_children = ! empty( $args['has_children'] );
		$avatar_size  = isset( $args['avatar_size'] ) ? (int) $args['avatar_size'] : 60;
		$commenter    = wp_get_current_commenter();
		$show_pending = '0' === $comment->comment_approved;
		?>
		<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( $has_children ? 'forge-comment parent' : 'forge-comment', $comment ); ?>>
			<article id="div-comment-<?php comment_ID(); ?>" class="forge-comment__body">
				<header class="forge-comment__header">
					<div class="forge-comment__avatar">
						<?php
						if ( 0 !== $avatar_size ) {
							echo get_avatar( $comment, $avatar_size, '', '', array( 'class' => 'forge-comment__avatar-img' ) );
						}
						?>
					</div>
					<div class="forge-comment__meta">
						<span class="forge-comment__author vcard">
							<cite class="fn"><?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></cite>
							<?php if ( user_can( (int) $comment->user_id, 'edit_posts' ) && (int) get_post_field( 'post_author', $comment->comment_post_ID ) === (int) $comment->user_id ) : ?>
								<span class="forge-comment__badge"><?php esc_html_e( 'Författare', 'forge' ); ?></span>
							<?php endif; ?>
						</span>
						<a class="forge-comment__permalink" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
							<span class="forge-comment__date"><?php echo esc_html( get_comment_date( FORGE_DATE_FORMAT, $comment ) ); ?></span>
							<span class="forge-comment__time"><?php echo esc_html( get_comment_time( FORGE_TIME_FORMAT ) ); ?></span>
						</a>
					</div>
				</header>

				<?php if ( $show_pending ) : ?>
					<p class="forge-comment__awaiting-moderation comment-awaiting-moderation">
						<?php
						if ( $commenter['comment_author_email'] ) {
							esc_html_e( 'Din kommentar väntar på granskning.', 'forge' );
						} else {
							esc_html_e( 'Din kommentar väntar på granskning. Detta är en förhandsvisning; kommentaren blir synlig när den har godkänts.', 'forge' );
						}
						?>
					</p>
				<?php endif; ?>

				<div class="forge-comment__content">
					<?php comment_text( $comment ); ?>
				</div>

				<footer class="forge-comment__footer">
					<?php
					comment_reply_link(
						array_merge(
							$args,
							array(
								'add_below'  => 'div-comment',
								'depth'      => $depth,
								'max_depth'  => $args['max_depth'],
								'reply_text' => esc_html__( 'Svara', 'forge' ),
								'before'     => '<span class="forge-comment__reply">',
								'after'      => '</span>',
							)
						),
						$comment
					);
					edit_comment_link( esc_html__( 'Redigera', 'forge' ), '<span class="edit-link">', '</span>' );
					?>
				</footer>
			</article>
		<?php
	}
}

/**
 * Sidnumrering för kommentarer (5 per sida).
 */
function forge_comments_pagination() {
	if ( get_comment_pages_count() < 2 || ! get_option( 'page_comments' ) ) {
		return;
	}

	$links = paginate_comments_links(
		array(
			'echo'      => false,
			'prev_text' => '&laquo; ' . esc_html__( 'Äldre kommentarer', 'forge' ),
			'next_text' => esc_html__( 'Nyare kommentarer', 'forge' ) . ' &raquo;',
		)
	);

	if ( $links ) {
		printf(
			'<nav class="forge-comments-pagination elementor-pagination" aria-label="%1$s">%2$s</nav>',
			esc_attr__( 'Kommentarsnavigering', 'forge' ),
			$links // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		);
	}
}

/**
 * Argument till comment_form().
 *
 * @return array
 */
function forge_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$required  = $req ? ' <span class="required" aria-hidden="true">*</span>' : '';
	$req_attr  = $req ? ' required' : '';

	$fields = array(
		'author' => '<p class="comment-form-author elementor-field-group elementor-column elementor-col-50"><label for="author">' . esc_html__( 'Namn', 'forge' ) . $required . '</label><input id="author" class="elementor-field" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $req_attr . ' /></p>',
		'email'  => '<p class="comment-form-email elementor-field-group elementor-column elementor-col-50"><label for="email">' . esc_html__( 'E-post', 'forge' ) . $required . '</label><input id="email" class="elementor-field" name="email" type="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $req_attr . ' /></p>',
		'url'    => '<p class="comment-form-url elementor-field-group elementor-column elementor-col-100"><label for="url">' . esc_html__( 'Webbplats', 'forge' ) . '</label><input id="url" class="elementor-field" name="url" type="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" /></p>',
	);

	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$consent           = empty( $commenter['comment_author_email'] ) ? '' : ' checked="checked"';
		$fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . ' /> <label for="wp-comment-cookies-consent">' . esc_html__( 'Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.', 'forge' ) . '</label></p>';
	}

	return array(
		'fields'               => $fields,
		'comment_field'        => '<p class="comment-form-comment elementor-field-group elementor-column elementor-col-100"><label for="comment">' . esc_html__( 'Kommentar', 'forge' ) . ' <span class="required" aria-hidden="true">*</span></label><textarea id="comment" class="elementor-field" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>',
		'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">' . esc_html__( 'Din e-postadress kommer inte att publiceras.', 'forge' ) . '</span>' . ( $req ? ' ' . esc_html__( 'Obligatoriska fält är märkta *', 'forge' ) : '' ) . '</p>',
		'class_container'      => 'comment-respond forge-respond',
		'class_form'           => 'comment-form forge-comment-form elementor-form-fields-wrapper',
		'title_reply'          => esc_html__( 'Lämna en kommentar', 'forge' ),
		/* translators: %s: namn på den som besvaras */
		'title_reply_to'       => esc_html__( 'Svara %s', 'forge' ),
		'title_reply_before'   => '<h3 id="reply-title" class="comment-reply-title elementor-heading-title elementor-size-default">',
		'title_reply_after'    => '</h3>',
		'cancel_reply_link'    => esc_html__( 'Avbryt svar', 'forge' ),
		'label_submit'         => esc_html__( 'Skicka kommentar', 'forge' ),
		'class_submit'         => 'submit elementor-button elementor-size-sm',
		'submit_button'        => '<button name="%1$s" type="submit" id="%2$s" class="%3$s"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">%4$s</span></span></button>',
		'submit_field'         => '<p class="form-submit elementor-field-group elementor-column elementor-field-type-submit elementor-col-100">%1$s %2$s</p>',
	);
}
