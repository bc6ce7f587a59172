<?php
/**
 * Comments: list callback, comment form arguments and field order.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'atlas_comment_date' ) ) :
	/**
	 * Date and time of a comment in the theme's own format: "12 mars 2024 kl. 14:05".
	 *
	 * @param WP_Comment $comment Comment.
	 * @return string
	 */
	function atlas_comment_date( $comment ) {
		return sprintf(
			/* translators: 1: comment date, 2: comment time. */
			__( '%1$s kl. %2$s', 'atlas' ),
			get_comment_date( apply_filters( 'atlas_comment_date_format', 'j F Y' ), $comment ),
			get_comment_time( apply_filters( 'atlas_comment_time_format', 'H:i' ) )
		);
	}
endif;

if ( ! function_exists( 'atlas_comment' ) ) :
	/**
	 * Callback of wp_list_comments() for comments, pingbacks and trackbacks.
	 *
	 * The closing </li> is printed by Walker_Comment::end_el().
	 *
	 * @param WP_Comment $comment Comment.
	 * @param array      $args    wp_list_comments() arguments.
	 * @param int        $depth   Depth of the comment.
	 */
	function atlas_comment( $comment, $args, $depth ) {
		$tag = ( 'div' === $args['style'] ) ? 'div' : 'li';

		// Pingbacks and trackbacks: one line, no avatar and no reply link.
		if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) {
			$label = ( 'pingback' === $comment->comment_type ) ? __( 'Pingback:', 'atlas' ) : __( 'Trackback:', 'atlas' );
			?>
			<<?php echo esc_html( $tag ); ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( 'atlas-ping', $comment ); ?>>
				<div class="atlas-comment-body atlas-ping-body">
					<?php atlas_icon( 'link', 14 ); ?>
					<span class="atlas-ping-label"><?php echo esc_html( $label ); ?></span>
					<span class="atlas-ping-author"><?php comment_author_link( $comment ); ?></span>
					<?php edit_comment_link( __( 'Redigera', 'atlas' ), '<span class="atlas-comment-edit">', '</span>' ); ?>
				</div>
			<?php
			return;
		}

		$post           = get_post( $comment->comment_post_ID );
		$is_post_author = $post && $comment->user_id && (int) $comment->user_id === (int) $post->post_author;
		$has_children   = ! empty( $args['has_children'] );
		$commenter      = wp_get_current_commenter();
		$classes        = array( 'atlas-comment' );

		if ( $has_children ) {
			$classes[] = 'parent';
		}
		if ( $is_post_author ) {
			$classes[] = 'atlas-comment-by-post-author';
		}
		?>
		<<?php echo esc_html( $tag ); ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( $classes, $comment ); ?>>
			<article id="div-comment-<?php comment_ID(); ?>" class="comment-body atlas-comment-body">
				<header class="comment-meta atlas-comment-meta vcard">
					<div class="atlas-comment-avatar">
						<?php
						if ( 0 !== (int) $args['avatar_size'] ) {
							echo get_avatar( $comment, $args['avatar_size'], '', '', array( 'class' => 'atlas-avatar' ) );
						}
						?>
					</div>
					<div class="atlas-comment-meta-text">
						<div class="comment-author atlas-comment-author-line">
							<cite class="fn atlas-comment-author">
								<?php
								// Linked (rel="external nofollow ugc") when the commenter gave a website.
								echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
								?>
							</cite>
							<?php if ( $is_post_author ) : ?>
								<span class="atlas-author-badge"><?php esc_html_e( 'Inläggets författare', 'atlas' ); ?></span>
							<?php endif; ?>
						</div>
						<div class="comment-metadata atlas-comment-metadata">
							<a class="atlas-comment-permalink" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
								<?php atlas_icon( 'clock', 13 ); ?>
								<time datetime="<?php echo esc_attr( get_comment_time( DATE_W3C ) ); ?>"><?php echo esc_html( atlas_comment_date( $comment ) ); ?></time>
							</a>
							<?php
							edit_comment_link(
								atlas_get_icon( 'edit', 13 ) . esc_html__( 'Redigera', 'atlas' ),
								'<span class="edit-link atlas-comment-edit">',
								'</span>'
							);
							?>
						</div>
					</div>
				</header>

				<?php if ( '0' === $comment->comment_approved ) : ?>
					<p class="comment-awaiting-moderation atlas-comment-moderation">
						<?php
						if ( $commenter['comment_author_email'] ) {
							esc_html_e( 'Din kommentar väntar på granskning.', 'atlas' );
						} else {
							esc_html_e( 'Din kommentar väntar på granskning. Detta är en förhandsvisning, den publiceras när den har godkänts.', 'atlas' );
						}
						?>
					</p>
				<?php endif; ?>

				<div class="comment-content atlas-comment-content">
					<?php comment_text( $comment ); ?>
				</div>

				<?php
				// No reply link on a comment that is still waiting for moderation.
				if ( '0' !== (string) $comment->comment_approved ) {
					comment_reply_link(
						array_merge(
							$args,
							array(
								'add_below'  => 'div-comment',
								'depth'      => $depth,
								'max_depth'  => $args['max_depth'],
								'reply_text' => atlas_get_icon( 'reply', 14 ) . esc_html__( 'Svara', 'atlas' ),
								'before'     => '<footer class="reply atlas-comment-reply">',
								'after'      => '</footer>',
							)
						),
						$comment
					);
				}
				?>
			</article>
		<?php
	}
endif;

/**
 * Arguments for comment_form(): the theme's labels and fields.
 *
 * @return array
 */
function atlas_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$required  = $req ? ' required' : '';
	$star      = '<span class="required" aria-hidden="true">*</span>';

	$fields = array(
		'author' => sprintf(
			'<p class="comment-form-author atlas-form-field atlas-form-field-half"><label for="author">%1$s%2$s</label><input id="author" name="author" type="text" value="%3$s" size="30" maxlength="245" autocomplete="name" placeholder="%4$s"%5$s /></p>',
			esc_html__( 'Namn', 'atlas' ),
			$req ? ' ' . $star : '',
			esc_attr( $commenter['comment_author'] ),
			esc_attr__( 'Ditt namn', 'atlas' ),
			$required
		),
		'email'  => sprintf(
			'<p class="comment-form-email atlas-form-field atlas-form-field-half"><label for="email">%1$s%2$s</label><input id="email" name="email" type="email" value="%3$s" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" placeholder="%4$s"%5$s /></p>',
			esc_html__( 'E-postadress', 'atlas' ),
			$req ? ' ' . $star : '',
			esc_attr( $commenter['comment_author_email'] ),
			esc_attr__( 'namn@exempel.se', 'atlas' ),
			$required
		),
		'url'    => sprintf(
			'<p class="comment-form-url atlas-form-field"><label for="url">%1$s</label><input id="url" name="url" type="url" value="%2$s" size="30" maxlength="200" autocomplete="url" placeholder="%3$s" /></p>',
			esc_html__( 'Webbplats (valfritt)', 'atlas' ),
			esc_attr( $commenter['comment_author_url'] ),
			esc_attr__( 'https://', 'atlas' )
		),
	);

	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$fields['cookies'] = sprintf(
			'<p class="comment-form-cookies-consent atlas-form-field atlas-form-checkbox"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"%1$s /><label for="wp-comment-cookies-consent">%2$s</label></p>',
			empty( $commenter['comment_author_email'] ) ? '' : ' checked',
			esc_html__( 'Kom ihåg mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag kommenterar.', 'atlas' )
		);
	}

	$args = array(
		'fields'               => $fields,
		'comment_field'        => sprintf(
			'<p class="comment-form-comment atlas-form-field"><label for="comment">%1$s %2$s</label><textarea id="comment" name="comment" cols="45" rows="7" maxlength="65525" placeholder="%3$s" required></textarea></p>',
			esc_html__( 'Din kommentar', 'atlas' ),
			$star,
			esc_attr__( 'Skriv något trevligt …', 'atlas' )
		),
		'comment_notes_before' => sprintf(
			'<p class="comment-notes atlas-comment-notes"><span id="email-notes">%1$s</span> %2$s</p>',
			esc_html__( 'Din e-postadress publiceras inte.', 'atlas' ),
			$req
				/* translators: %s: the required-field star. */
				? sprintf( esc_html__( 'Obligatoriska fält är märkta %s', 'atlas' ), $star )
				: ''
		),
		'logged_in_as'         => atlas_comment_form_logged_in_as(),
		'title_reply'          => esc_html__( 'Lämna en kommentar', 'atlas' ),
		/* translators: %s: name of the comment author being replied to. */
		'title_reply_to'       => esc_html__( 'Svara %s', 'atlas' ),
		'title_reply_before'   => '<h3 id="reply-title" class="comment-reply-title atlas-comment-reply-title">',
		'title_reply_after'    => '</h3>',
		'cancel_reply_link'    => esc_html__( 'Avbryt svar', 'atlas' ),
		'label_submit'         => esc_html__( 'Skicka kommentar', 'atlas' ),
		'class_container'      => 'comment-respond atlas-comment-respond',
		'class_form'           => 'comment-form atlas-comment-form',
		'class_submit'         => 'submit atlas-button',
		'submit_button'        => '<button name="%1$s" type="submit" id="%2$s" class="%3$s">%4$s</button>',
		'submit_field'         => '<p class="form-submit atlas-form-submit">%1$s %2$s</p>',
		'format'               => 'html5',
	);

	/**
	 * Filters the theme's comment form arguments.
	 *
	 * @param array $args comment_form() arguments.
	 */
	return apply_filters( 'atlas_comment_form_args', $args );
}

/**
 * "Inloggad som …" line of the comment form (only used for logged-in users).
 *
 * @return string
 */
function atlas_comment_form_logged_in_as() {
	if ( ! is_user_logged_in() ) {
		return '';
	}

	$user = wp_get_current_user();

	return sprintf(
		'<p class="logged-in-as atlas-logged-in-as">%s</p>',
		sprintf(
			/* translators: 1: user name, 2: profile URL, 3: logout URL. */
			__( 'Inloggad som %1$s. <a href="%2$s">Redigera din profil</a>. <a href="%3$s">Logga ut?</a>', 'atlas' ),
			esc_html( $user->display_name ),
			esc_url( get_edit_user_link() ),
			esc_url( wp_logout_url( get_permalink() ) )
		)
	);
}

/**
 * Field order of the comment form: name, e-mail, website, then the comment
 * and the cookie consent last (WordPress puts the comment first).
 *
 * @param array $fields Fields including "comment".
 * @return array
 */
function atlas_comment_form_field_order( $fields ) {
	$order   = apply_filters( 'atlas_comment_form_field_order', array( 'author', 'email', 'url', 'comment', 'cookies' ) );
	$ordered = array();

	foreach ( $order as $key ) {
		if ( isset( $fields[ $key ] ) ) {
			$ordered[ $key ] = $fields[ $key ];
			unset( $fields[ $key ] );
		}
	}

	return $ordered + $fields;
}
add_filter( 'comment_form_fields', 'atlas_comment_form_field_order' );

/**
 * Comment pagination links (only when comments are paginated).
 *
 * @param string $position "above" or "below" the list.
 */
function atlas_comments_pagination( $position = 'below' ) {
	if ( get_comment_pages_count() <= 1 || ! get_option( 'page_comments' ) ) {
		return;
	}

	the_comments_pagination(
		array(
			'prev_text'          => atlas_get_icon( 'chevron-left', 14 ) . '<span class="atlas-pagination-label">' . esc_html__( 'Äldre kommentarer', 'atlas' ) . '</span>',
			'next_text'          => '<span class="atlas-pagination-label">' . esc_html__( 'Nyare kommentarer', 'atlas' ) . '</span>' . atlas_get_icon( 'chevron-right', 14 ),
			'screen_reader_text' => esc_html__( 'Kommentarsnavigering', 'atlas' ),
			'aria_label'         => 'above' === $position ? esc_attr__( 'Kommentarer, sidor (ovanför)', 'atlas' ) : esc_attr__( 'Kommentarer, sidor', 'atlas' ),
			'class'              => 'atlas-comments-pagination',
		)
	);
}
