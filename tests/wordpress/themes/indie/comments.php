<?php
/**
 * Svar på inlägget: kommentarer (platta, i tidsordning, h-cite p-comment)
 * och omnämnanden (pingbacks/trackbacks, h-cite p-mention).
 *
 * Filen laddas inuti inläggets h-entry, så varje svar blir en egenskap
 * hos inlägget.
 *
 * @package Indie
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// Lösenordsskyddat och inte upplåst: visa inga kommentarer alls.
if ( post_password_required() ) {
	return;
}

global $wp_query;

// Kommentarerna för aktuell kommentarssida, som comments_template() hämtade.
$indie_page_comments = isset( $wp_query->comments ) ? (array) $wp_query->comments : array();

$indie_comments = array();
foreach ( $indie_page_comments as $indie_item ) {
	if ( ! indie_is_ping( $indie_item ) ) {
		$indie_comments[] = $indie_item;
	}
}
$indie_comments    = indie_sort_comments( $indie_comments );
$indie_visible_ids = array_map( 'intval', wp_list_pluck( $indie_comments, 'comment_ID' ) );

// Omnämnanden visas alla på en gång, oberoende av kommentarssidorna.
$indie_pings = get_comments(
	array(
		'post_id' => get_the_ID(),
		'type'    => 'pings',
		'status'  => 'approve',
		'orderby' => 'comment_date_gmt',
		'order'   => 'ASC',
	)
);

$indie_count = (int) get_comments_number();
?>

<section id="comments" class="comments-area responses">

	<?php if ( $indie_count > 0 ) : ?>
		<h2 class="comments-title">
			<?php
			printf(
				/* translators: 1: antal svar, 2: inläggets titel. */
				esc_html( _n( '%1$s svar på ”%2$s”', '%1$s svar på ”%2$s”', $indie_count, 'indie' ) ),
				esc_html( number_format_i18n( $indie_count ) ),
				esc_html( get_the_title() )
			);
			?>
		</h2>
	<?php endif; ?>

	<?php if ( ! empty( $indie_comments ) ) : ?>
		<?php if ( ! empty( $indie_pings ) ) : ?>
			<h3 class="responses-title"><?php esc_html_e( 'Kommentarer', 'indie' ); ?></h3>
		<?php endif; ?>

		<ol class="comment-list">
			<?php
			// Platt lista (max_depth -1) i tidsordning; svar får en "Svar på"-rad.
			wp_list_comments(
				array(
					'callback'          => 'indie_comment',
					'style'             => 'ol',
					'max_depth'         => -1,
					'per_page'          => 0,
					'reverse_top_level' => false,
					'avatar_size'       => 40,
					'indie_visible_ids' => $indie_visible_ids,
				),
				$indie_comments
			);
			?>
		</ol>
	<?php endif; ?>

	<?php
	the_comments_pagination(
		array(
			'prev_text'          => '<span aria-hidden="true">&larr;</span> ' . esc_html__( 'Föregående kommentarer', 'indie' ),
			'next_text'          => esc_html__( 'Nästa kommentarer', 'indie' ) . ' <span aria-hidden="true">&rarr;</span>',
			'screen_reader_text' => __( 'Bläddra bland kommentarerna', 'indie' ),
			'aria_label'         => __( 'Kommentarer', 'indie' ),
		)
	);
	?>

	<?php if ( ! empty( $indie_pings ) ) : ?>
		<section class="mentions" aria-labelledby="mentions-title">
			<h3 id="mentions-title" class="responses-title">
				<?php esc_html_e( 'Omnämnanden', 'indie' ); ?>
				<span class="count"><?php echo esc_html( number_format_i18n( count( $indie_pings ) ) ); ?></span>
			</h3>
			<ol class="mention-list">
				<?php
				wp_list_comments(
					array(
						'callback'          => 'indie_mention',
						'style'             => 'ol',
						'max_depth'         => -1,
						'per_page'          => 0,
						'reverse_top_level' => false,
					),
					$indie_pings
				);
				?>
			</ol>
		</section>
	<?php endif; ?>

	<?php if ( pings_open() ) : ?>
		<p class="mention-hint"><?php esc_html_e( 'Har du skrivit om det här på din egen webbplats? Länka hit, så visas ditt inlägg bland omnämnandena.', 'indie' ); ?></p>
	<?php endif; ?>

	<?php if ( ! comments_open() && ( $indie_count > 0 || 'post' === get_post_type() ) ) : ?>
		<p class="no-comments"><?php esc_html_e( 'Kommentarerna är stängda.', 'indie' ); ?></p>
	<?php endif; ?>

	<?php
	$indie_commenter = wp_get_current_commenter();
	$indie_req       = (bool) get_option( 'require_name_email' );
	$indie_required  = $indie_req ? ' required' : '';
	$indie_mark      = $indie_req ? ' ' . wp_required_field_indicator() : '';

	$indie_fields = array(
		'author' => sprintf(
			'<p class="comment-form-author"><label for="author">%1$s%2$s</label> <input id="author" name="author" type="text" value="%3$s" size="30" maxlength="245" autocomplete="name"%4$s></p>',
			esc_html__( 'Namn', 'indie' ),
			$indie_mark,
			esc_attr( $indie_commenter['comment_author'] ),
			$indie_required
		),
		'email'  => sprintf(
			'<p class="comment-form-email"><label for="email">%1$s%2$s</label> <input id="email" name="email" type="email" value="%3$s" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"%4$s></p>',
			esc_html__( 'E-post', 'indie' ),
			$indie_mark,
			esc_attr( $indie_commenter['comment_author_email'] ),
			$indie_required
		),
		'url'    => sprintf(
			'<p class="comment-form-url"><label for="url">%1$s</label> <input id="url" name="url" type="url" value="%2$s" size="30" maxlength="200" autocomplete="url"></p>',
			esc_html__( 'Din webbplats', 'indie' ),
			esc_attr( $indie_commenter['comment_author_url'] )
		),
	);

	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$indie_fields['cookies'] = sprintf(
			'<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"%1$s> <label for="wp-comment-cookies-consent">%2$s</label></p>',
			empty( $indie_commenter['comment_author_email'] ) ? '' : ' checked',
			esc_html__( 'Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag kommenterar.', 'indie' )
		);
	}

	comment_form(
		array(
			'fields'               => $indie_fields,
			'comment_field'        => sprintf(
				'<p class="comment-form-comment"><label for="comment">%1$s%2$s</label> <textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>',
				esc_html__( 'Kommentar', 'indie' ),
				' ' . wp_required_field_indicator()
			),
			'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">' . esc_html__( 'Din e-postadress publiceras inte.', 'indie' ) . '</span>' . ( $indie_req ? ' ' . wp_required_field_message() : '' ) . '</p>',
			'comment_notes_after'  => '',
			'title_reply'          => __( 'Lämna en kommentar', 'indie' ),
			/* translators: %s: namnet på den man svarar. */
			'title_reply_to'       => __( 'Svara %s', 'indie' ),
			'title_reply_before'   => '<h2 id="reply-title" class="comment-reply-title">',
			'title_reply_after'    => '</h2>',
			'cancel_reply_link'    => __( 'Avbryt svar', 'indie' ),
			'label_submit'         => __( 'Skicka kommentar', 'indie' ),
		)
	);
	?>

</section><!-- #comments -->
