<?php
/**
 * Kommentarer – i en hopfällbar <details> under artikeln.
 *
 * @package Dossier
 */

if ( post_password_required() ) {
	return;
}

global $wp_query;

$dossier_count = (int) get_comments_number();

/*
 * Sektionen är stängd som standard. Den öppnas när det inte finns några
 * kommentarer (så att formuläret syns), när läsaren bläddrat till en
 * kommentarssida, svarar på en kommentar eller precis har skickat en.
 */
$dossier_open = ! have_comments()
	|| ! empty( $wp_query->query['cpage'] )
	|| isset( $_GET['replytocom'] ) // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	|| isset( $_GET['unapproved'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended

$dossier_commenter = wp_get_current_commenter();
$dossier_req       = (bool) get_option( 'require_name_email' );
$dossier_req_mark  = $dossier_req ? ' <span class="required" aria-hidden="true">*</span>' : '';
$dossier_req_attr  = $dossier_req ? ' required' : '';
$dossier_user      = wp_get_current_user();
?>

<section id="comments" class="comments-area">
	<details class="comments-details"<?php echo $dossier_open ? ' open' : ''; ?>>
		<summary class="comments-summary">
			<h2 class="comments-title">
				<?php
				if ( $dossier_count > 0 ) {
					/* translators: %s: antal kommentarer */
					printf( esc_html( _n( '%s kommentar', '%s kommentarer', $dossier_count, 'dossier' ) ), esc_html( number_format_i18n( $dossier_count ) ) );
				} else {
					esc_html_e( 'Kommentera', 'dossier' );
				}
				?>
			</h2>
			<span class="comments-toggle" aria-hidden="true">
				<span class="comments-toggle__open"><?php esc_html_e( 'Visa', 'dossier' ); ?></span>
				<span class="comments-toggle__close"><?php esc_html_e( 'Dölj', 'dossier' ); ?></span>
			</span>
		</summary>

		<div class="comments-inner">
			<?php if ( have_comments() ) : ?>

				<ol class="comment-list">
					<?php
					wp_list_comments(
						array(
							'type'        => 'comment',
							'style'       => 'ol',
							'callback'    => 'dossier_comment',
							'avatar_size' => 48,
						)
					);
					?>
				</ol>

				<?php
				the_comments_pagination(
					array(
						'prev_text'          => __( '← Tidigare kommentarer', 'dossier' ),
						'next_text'          => __( 'Senare kommentarer →', 'dossier' ),
						'screen_reader_text' => __( 'Bläddra bland kommentarerna', 'dossier' ),
						'aria_label'         => __( 'Kommentarer', 'dossier' ),
					)
				);
				?>

				<?php
				$dossier_pings = wp_list_comments(
					array(
						'type'     => 'pings',
						'style'    => 'ol',
						'callback' => 'dossier_ping',
						'echo'     => false,
					)
				);
				if ( $dossier_pings ) :
					?>
					<div class="mentions">
						<h3 class="mentions__title"><?php esc_html_e( 'Omnämnanden', 'dossier' ); ?></h3>
						<ol class="mention-list">
							<?php echo $dossier_pings; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
						</ol>
					</div>
				<?php endif; ?>

			<?php endif; ?>

			<?php if ( ! comments_open() ) : ?>
				<p class="comments-closed"><?php esc_html_e( 'Kommentarsfältet är stängt för den här artikeln.', 'dossier' ); ?></p>
			<?php endif; ?>

			<?php
			$dossier_fields = array(
				'author' => '<p class="comment-form-author"><label for="author">' . esc_html__( 'Namn', 'dossier' ) . $dossier_req_mark . '</label> '
					. '<input id="author" name="author" type="text" value="' . esc_attr( $dossier_commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $dossier_req_attr . ' /></p>',
				'email'  => '<p class="comment-form-email"><label for="email">' . esc_html__( 'E-post', 'dossier' ) . $dossier_req_mark . '</label> '
					. '<input id="email" name="email" type="email" value="' . esc_attr( $dossier_commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $dossier_req_attr . ' /></p>',
				'url'    => '<p class="comment-form-url"><label for="url">' . esc_html__( 'Webbplats', 'dossier' ) . '</label> '
					. '<input id="url" name="url" type="url" value="' . esc_attr( $dossier_commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" /></p>',
			);

			if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
				$dossier_fields['cookies'] = '<p class="comment-form-cookies-consent">'
					. '<input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . ( empty( $dossier_commenter['comment_author_email'] ) ? '' : ' checked' ) . ' /> '
					. '<label for="wp-comment-cookies-consent">' . esc_html__( 'Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag kommenterar.', 'dossier' ) . '</label></p>';
			}

			comment_form(
				array(
					'fields'               => $dossier_fields,
					'comment_field'        => '<p class="comment-form-comment"><label for="comment">' . esc_html__( 'Kommentar', 'dossier' ) . ' <span class="required" aria-hidden="true">*</span></label> '
						. '<textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>',
					'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">' . esc_html__( 'Din e-postadress publiceras inte.', 'dossier' ) . '</span> '
						. ( $dossier_req ? esc_html__( 'Obligatoriska fält är märkta', 'dossier' ) . ' <span class="required">*</span>' : '' ) . '</p>',
					'comment_notes_after'  => '<p class="comment-policy">' . esc_html__( 'Kommentarerna modereras. Håll en god ton och håll dig till ämnet.', 'dossier' ) . '</p>',
					'logged_in_as'         => '<p class="logged-in-as">' . sprintf(
						/* translators: 1: användarnamn, 2: profil-URL, 3: utloggnings-URL */
						__( 'Inloggad som %1$s. <a href="%2$s">Redigera din profil</a>. <a href="%3$s">Logga ut?</a>', 'dossier' ),
						esc_html( $dossier_user->display_name ),
						esc_url( get_edit_user_link() ),
						esc_url( wp_logout_url( get_permalink() ) )
					) . '</p>',
					'must_log_in'          => '<p class="must-log-in">' . sprintf(
						/* translators: %s: inloggnings-URL */
						__( 'Du måste vara <a href="%s">inloggad</a> för att kommentera.', 'dossier' ),
						esc_url( wp_login_url( get_permalink() ) )
					) . '</p>',
					'class_form'           => 'comment-form dossier-form',
					'class_submit'         => 'submit button',
					'title_reply'          => __( 'Skriv en kommentar', 'dossier' ),
					/* translators: %s: namnet på den som får svar */
					'title_reply_to'       => __( 'Svara %s', 'dossier' ),
					'title_reply_before'   => '<h3 id="reply-title" class="comment-reply-title">',
					'title_reply_after'    => '</h3>',
					'cancel_reply_link'    => __( 'Avbryt svaret', 'dossier' ),
					'label_submit'         => __( 'Skicka kommentar', 'dossier' ),
				)
			);
			?>
		</div>
	</details>
</section>
