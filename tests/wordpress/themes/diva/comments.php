<?php
/**
 * Comments template.
 *
 * @package Diva
 */

if ( post_password_required() ) : ?>

<p class="nocomments container">Det här inlägget är lösenordsskyddat. Ange lösenordet för att se kommentarerna.</p>

	<?php
	return;
endif;

$diva_has_pages = get_comment_pages_count() > 1 && get_option( 'page_comments' );
?>
<!-- You can start editing here. -->

<section id="comment-wrap">
	<h1 id="comments" class="page_title"><?php comments_number( '0 kommentarer', '1 kommentar', '% kommentarer' ); ?></h1>

	<?php if ( have_comments() ) : ?>

		<?php if ( $diva_has_pages ) : ?>
			<div class="comment_navigation comment_navigation_top clearfix">
				<div class="nav-previous"><?php previous_comments_link( '<span class="meta-nav">&larr;</span> Äldre kommentarer' ); ?></div>
				<div class="nav-next"><?php next_comments_link( 'Nyare kommentarer <span class="meta-nav">&rarr;</span>' ); ?></div>
			</div> <!-- .comment_navigation -->
		<?php endif; ?>

		<ol class="commentlist clearfix">
			<?php
			wp_list_comments( array(
				'type'     => 'all',
				'callback' => 'diva_custom_comments_display',
			) );
			?>
		</ol>

		<?php if ( $diva_has_pages ) : ?>
			<div class="comment_navigation comment_navigation_bottom clearfix">
				<div class="nav-previous"><?php previous_comments_link( '<span class="meta-nav">&larr;</span> Äldre kommentarer' ); ?></div>
				<div class="nav-next"><?php next_comments_link( 'Nyare kommentarer <span class="meta-nav">&rarr;</span>' ); ?></div>
			</div> <!-- .comment_navigation -->
		<?php endif; ?>

	<?php else : // No comments so far. ?>

		<div id="comment-section" class="nocomments">
			<?php if ( comments_open() ) : ?>
				<!-- If comments are open, but there are no comments. -->
			<?php else : ?>
				<!-- If comments are closed. -->
			<?php endif; ?>
		</div>

	<?php endif; ?>

	<?php
	if ( comments_open() ) :

		$diva_commenter = wp_get_current_commenter();
		$diva_req       = get_option( 'require_name_email' );
		$diva_aria      = $diva_req ? ' aria-required="true" required="required"' : '';
		$diva_star      = $diva_req ? ' <span class="required">*</span>' : '';

		$diva_fields = array(
			'author' => '<p class="comment-form-author"><label for="author">Namn' . $diva_star . '</label> '
				. '<input id="author" name="author" type="text" value="' . esc_attr( $diva_commenter['comment_author'] ) . '" size="30" maxlength="245"' . $diva_aria . ' /></p>',
			'email'  => '<p class="comment-form-email"><label for="email">E-post' . $diva_star . '</label> '
				. '<input id="email" name="email" type="email" value="' . esc_attr( $diva_commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes"' . $diva_aria . ' /></p>',
			'url'    => '<p class="comment-form-url"><label for="url">Webbplats</label> '
				. '<input id="url" name="url" type="url" value="' . esc_attr( $diva_commenter['comment_author_url'] ) . '" size="30" maxlength="200" /></p>',
		);

		if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
			$diva_fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . ( empty( $diva_commenter['comment_author_email'] ) ? '' : ' checked="checked"' ) . ' /> '
				. '<label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>';
		}

		comment_form( array(
			'fields'               => $diva_fields,
			'comment_field'        => '<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea></p>',
			'title_reply'          => 'Lämna ett svar',
			'title_reply_to'       => 'Lämna ett svar till %s',
			'cancel_reply_link'    => 'Avbryt svar',
			'label_submit'         => 'Skicka kommentar',
			'id_submit'            => 'et_pb_submit',
			'class_submit'         => 'submit et_pb_button',
			'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte publiceras.</span>' . ( $diva_req ? ' Obligatoriska fält är märkta <span class="required">*</span>' : '' ) . '</p>',
			'comment_notes_after'  => '',
			'must_log_in'          => '<p class="must-log-in">Du måste vara <a href="' . esc_url( wp_login_url( get_permalink() ) ) . '">inloggad</a> för att kunna skriva kommentarer.</p>',
			'logged_in_as'         => '<p class="logged-in-as">Inloggad som <a href="' . esc_url( admin_url( 'profile.php' ) ) . '">' . esc_html( wp_get_current_user()->display_name ) . '</a>. <a href="' . esc_url( wp_logout_url( get_permalink() ) ) . '">Logga ut?</a></p>',
		) );

	else :
		?>

		<p class="nocomments">Kommentarer är stängda.</p>

	<?php endif; ?>

</section>
