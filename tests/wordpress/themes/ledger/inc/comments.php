<?php
/**
 * Kommentarer: byråns kort-markup, egen walker för svarsnivåer,
 * formulär i samma stil som webbplatsens övriga formulär samt GDPR-samtycke.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Walker som bara byter klassnamn på svarslistorna (<ol class="children">).
 * Själva kommentaren skrivs ut av ledger_comment().
 */
class Ledger_Comment_Walker extends Walker_Comment {

	/**
	 * @param string $output Utdata.
	 * @param int    $depth  Djup.
	 * @param array  $args   Argument.
	 */
	public function start_lvl( &$output, $depth = 0, $args = array() ) {
		$GLOBALS['comment_depth'] = $depth + 1;
		$output                  .= '<ol class="lg-comments__replies">' . "\n";
	}

	/**
	 * @param string $output Utdata.
	 * @param int    $depth  Djup.
	 * @param array  $args   Argument.
	 */
	public function end_lvl( &$output, $depth = 0, $args = array() ) {
		$GLOBALS['comment_depth'] = $depth + 1;
		$output                  .= "</ol><!-- .lg-comments__replies -->\n";
	}
}

/**
 * Datum och tid för en kommentar i byråns format: "12 mars 2024 kl. 14.05".
 *
 * @param WP_Comment $comment Kommentar.
 * @return string
 */
function ledger_comment_datetime( $comment ) {
	return sprintf(
		/* translators: 1: datum, 2: klockslag. */
		__( '%1$s kl. %2$s', 'ledger' ),
		get_comment_date( ledger_date_format(), $comment ),
		// get_comment_time() tar ingen kommentar som argument i WP 6.1, därför mysql2date().
		mysql2date( ledger_time_format(), $comment->comment_date, true )
	);
}

/**
 * Callback för wp_list_comments(): varje kommentar som ett kort.
 * Elementet <li> stängs av walkern (end_el).
 *
 * @param WP_Comment $comment Kommentar.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function ledger_comment( $comment, $args, $depth ) {
	$is_ping = in_array( $comment->comment_type, array( 'pingback', 'trackback' ), true );

	$item_classes = array( 'lg-comments__item', 'lg-comments__item--depth-' . (int) $depth );
	if ( $depth > 1 ) {
		$item_classes[] = 'lg-comments__item--reply';
	}
	if ( $is_ping ) {
		$item_classes[] = 'lg-comments__item--ping';
	}

	$post = get_post( $comment->comment_post_ID );
	if ( ! $is_ping && $post && (int) $comment->user_id > 0 && (int) $comment->user_id === (int) $post->post_author ) {
		$item_classes[] = 'lg-comments__item--by-author';
	}

	if ( $is_ping ) :
		?>
		<li id="comment-<?php comment_ID(); ?>" class="<?php echo esc_attr( implode( ' ', $item_classes ) ); ?>">
			<div id="div-comment-<?php comment_ID(); ?>" class="lg-ping">
				<span class="lg-ping__icon" aria-hidden="true"><?php echo ledger_icon( 'link' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
				<p class="lg-ping__label">
					<?php
					echo esc_html(
						'trackback' === $comment->comment_type
							? __( 'Trackback', 'ledger' )
							: __( 'Pingback', 'ledger' )
					);
					?>
				</p>
				<p class="lg-ping__source"><?php comment_author_link( $comment ); ?></p>
				<p class="lg-ping__date">
					<time datetime="<?php echo esc_attr( get_comment_date( DATE_W3C, $comment ) ); ?>"><?php echo esc_html( ledger_comment_datetime( $comment ) ); ?></time>
				</p>
			</div>
		<?php
		return;
	endif;

	$author_name = get_comment_author( $comment );
	$parent      = $comment->comment_parent ? get_comment( $comment->comment_parent ) : null;
	?>
	<li id="comment-<?php comment_ID(); ?>" class="<?php echo esc_attr( implode( ' ', $item_classes ) ); ?>">
		<article id="div-comment-<?php comment_ID(); ?>" class="lg-comment-card">
			<header class="lg-comment-card__header">
				<span class="lg-comment-card__avatar" aria-hidden="true"><?php echo esc_html( ledger_initials( $author_name ) ); ?></span>
				<div class="lg-comment-card__meta">
					<p class="lg-comment-card__name">
						<?php comment_author_link( $comment ); ?>
						<?php if ( in_array( 'lg-comments__item--by-author', $item_classes, true ) ) : ?>
							<span class="lg-badge"><?php esc_html_e( 'Inläggets författare', 'ledger' ); ?></span>
						<?php endif; ?>
					</p>
					<p class="lg-comment-card__date">
						<a href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
							<time datetime="<?php echo esc_attr( get_comment_date( DATE_W3C, $comment ) ); ?>"><?php echo esc_html( ledger_comment_datetime( $comment ) ); ?></time>
						</a>
					</p>
					<?php if ( $parent instanceof WP_Comment ) : ?>
						<p class="lg-comment-card__in-reply">
							<?php echo ledger_icon( 'reply' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
							<?php
							printf(
								/* translators: %s: namnet på den som skrev kommentaren som besvaras. */
								esc_html__( 'Svar till %s', 'ledger' ),
								'<a href="' . esc_url( '#comment-' . $parent->comment_ID ) . '">' . esc_html( get_comment_author( $parent ) ) . '</a>'
							);
							?>
						</p>
					<?php endif; ?>
				</div>
			</header>

			<?php if ( '0' === (string) $comment->comment_approved ) : ?>
				<p class="lg-comment-card__moderation"><?php esc_html_e( 'Tack! Din kommentar väntar på granskning och publiceras när den har godkänts.', 'ledger' ); ?></p>
			<?php endif; ?>

			<div class="lg-comment-card__text">
				<?php comment_text( $comment ); ?>
			</div>

			<footer class="lg-comment-card__footer">
				<?php
				comment_reply_link(
					array_merge(
						$args,
						array(
							'add_below'     => 'div-comment',
							'depth'         => $depth,
							'max_depth'     => $args['max_depth'],
							'reply_text'    => ledger_icon( 'reply' ) . '<span>' . esc_html__( 'Svara', 'ledger' ) . '</span>',
							/* translators: %s: kommentarsförfattarens namn. */
							'reply_to_text' => __( 'Svara %s', 'ledger' ),
							'login_text'    => esc_html__( 'Logga in för att svara', 'ledger' ),
							'before'        => '<span class="lg-comment-card__reply">',
							'after'         => '</span>',
						)
					),
					$comment
				);
				edit_comment_link( esc_html__( 'Redigera', 'ledger' ), '<span class="lg-comment-card__edit">', '</span>' );
				?>
			</footer>
		</article>
	<?php
}

/**
 * Lägg till byråns klass på svarslänken (comment-reply-link behålls för WordPress skript).
 *
 * @param string $link Länk.
 * @return string
 */
function ledger_comment_reply_link_class( $link ) {
	return str_replace( "class='comment-reply-link'", "class='comment-reply-link lg-link-button'", $link );
}
add_filter( 'comment_reply_link', 'ledger_comment_reply_link_class' );

/**
 * Argument till comment_form() – fälten har samma markup som byråns övriga formulär.
 *
 * @return array
 */
function ledger_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$req_attr  = $req ? ' required' : '';
	$req_mark  = $req ? ' <span class="lg-form__required" aria-hidden="true">*</span>' : '';

	$fields = array(
		'author' => '<div class="lg-form__row lg-form__row--half">'
			. '<label class="lg-form__label" for="author">' . esc_html__( 'Ditt namn', 'ledger' ) . $req_mark . '</label>'
			. '<input class="lg-form__input" id="author" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $req_attr . ' />'
			. '<span class="lg-form__hint">' . esc_html__( 'Visas tillsammans med din kommentar.', 'ledger' ) . '</span>'
			. '</div>',
		'email'  => '<div class="lg-form__row lg-form__row--half">'
			. '<label class="lg-form__label" for="email">' . esc_html__( 'E-postadress', 'ledger' ) . $req_mark . '</label>'
			. '<input class="lg-form__input" id="email" name="email" type="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $req_attr . ' />'
			. '<span class="lg-form__hint">' . esc_html__( 'Publiceras inte.', 'ledger' ) . '</span>'
			. '</div>',
		'url'    => '<div class="lg-form__row">'
			. '<label class="lg-form__label" for="url">' . esc_html__( 'Webbplats (valfritt)', 'ledger' ) . '</label>'
			. '<input class="lg-form__input" id="url" name="url" type="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" />'
			. '</div>',
	);

	// WordPress erbjudande om att spara uppgifterna i en cookie (Inställningar → Diskussion).
	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$fields['cookies'] = '<div class="lg-form__row lg-form__row--check">'
			. '<input class="lg-form__checkbox" id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . ( empty( $commenter['comment_author_email'] ) ? '' : ' checked' ) . ' />'
			. '<label class="lg-form__check-label" for="wp-comment-cookies-consent">' . esc_html__( 'Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag kommenterar.', 'ledger' ) . '</label>'
			. '</div>';
	}

	$privacy_url = get_privacy_policy_url();
	if ( ! $privacy_url ) {
		$privacy_url = home_url( '/om-oss/personuppgifter/' );
	}

	$gdpr = '<div class="lg-form__consent">'
		. '<input class="lg-form__checkbox" id="ledger-gdpr-consent" name="ledger_gdpr_consent" type="checkbox" value="1" required />'
		. '<label class="lg-form__check-label" for="ledger-gdpr-consent">'
		. sprintf(
			/* translators: %s: länk till integritetspolicyn. */
			esc_html__( 'Jag godkänner att mina uppgifter behandlas enligt dataskyddsförordningen (GDPR). Namn och kommentar publiceras på webbplatsen. Läs mer i vår %s.', 'ledger' ),
			'<a href="' . esc_url( $privacy_url ) . '">' . esc_html__( 'integritetspolicy', 'ledger' ) . '</a>'
		)
		. ' <span class="lg-form__required" aria-hidden="true">*</span></label>'
		. '</div>';

	return array(
		'fields'               => $fields,
		'comment_field'        => '<div class="lg-form__row">'
			. '<label class="lg-form__label" for="comment">' . esc_html__( 'Din kommentar', 'ledger' ) . ' <span class="lg-form__required" aria-hidden="true">*</span></label>'
			. '<textarea class="lg-form__textarea" id="comment" name="comment" cols="45" rows="7" maxlength="65525" required></textarea>'
			. '</div>',
		'comment_notes_before' => '<p class="lg-form__intro"><span id="email-notes">' . esc_html__( 'Din e-postadress publiceras inte.', 'ledger' ) . '</span> '
			. esc_html__( 'Fält markerade med * är obligatoriska. Vi tar bort kommentarer som bryter mot våra regler för god ton.', 'ledger' ) . '</p>',
		'class_container'      => 'lg-respond comment-respond',
		'class_form'           => 'lg-form lg-form--comment',
		'class_submit'         => 'lg-button lg-button--primary',
		'title_reply'          => esc_html__( 'Skriv en kommentar', 'ledger' ),
		/* translators: %s: namnet på den som besvaras. */
		'title_reply_to'       => esc_html__( 'Svara %s', 'ledger' ),
		'title_reply_before'   => '<h3 id="reply-title" class="lg-respond__title">',
		'title_reply_after'    => '</h3>',
		'cancel_reply_before'  => ' <span class="lg-respond__cancel">',
		'cancel_reply_after'   => '</span>',
		'cancel_reply_link'    => esc_html__( 'Avbryt svar', 'ledger' ),
		'label_submit'         => __( 'Skicka kommentar', 'ledger' ),
		'submit_button'        => '<button name="%1$s" type="submit" id="%2$s" class="%3$s">%4$s</button>',
		'submit_field'         => '<div class="lg-form__footer">' . $gdpr . '<div class="lg-form__submit">%1$s %2$s<input type="hidden" name="ledger_form" value="comment" /></div></div>',
		'format'               => 'html5',
	);
}

/**
 * Kontrollera GDPR-samtycket när kommentaren skickas från temats formulär.
 * (Kontrollen gäller bara formulär som temat har skrivit ut, markerat med ledger_form.)
 *
 * @param int $post_id Inläggets ID.
 */
function ledger_check_gdpr_consent( $post_id ) {
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- kommentarsformuläret saknar nonce i WordPress.
	if ( isset( $_POST['ledger_form'] ) && empty( $_POST['ledger_gdpr_consent'] ) ) {
		wp_die(
			esc_html__( 'Du behöver godkänna att vi behandlar dina personuppgifter innan du kan skicka en kommentar. Gå tillbaka och kryssa i rutan.', 'ledger' ),
			esc_html__( 'Samtycke saknas', 'ledger' ),
			array(
				'response'  => 400,
				'back_link' => true,
			)
		);
	}
	// phpcs:enable
}
add_action( 'pre_comment_on_post', 'ledger_check_gdpr_consent' );
