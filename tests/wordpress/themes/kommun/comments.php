<?php
/**
 * Kommentarer.
 *
 * @package Kommun
 */

if ( post_password_required() ) {
	return;
}

$antal        = kommun_antal_kommentarer();
$omnamnanden  = kommun_omnamnanden();
$antal_omnamn = count( $omnamnanden );
?>

<section id="kommentarer" class="kommentarer" aria-labelledby="kommentarer-rubrik">
	<h2 id="kommentarer-rubrik" class="kommentarer__rubrik">Kommentarer (<?php echo (int) $antal; ?>)</h2>

	<?php if ( have_comments() && $antal ) : ?>

		<ul class="kommentarlista">
			<?php
			wp_list_comments( array(
				'walker'     => new Kommun_Kommentar_Walker(),
				'callback'   => 'kommun_kommentar',
				'style'      => 'ul',
				'type'       => 'comment',
				'short_ping' => true,
			) );
			?>
		</ul>

		<?php kommun_kommentarsnavigering(); ?>

	<?php elseif ( comments_open() ) : ?>

		<p class="kommentarer__tomt">Det finns inga kommentarer ännu. Skriv gärna den första!</p>

	<?php endif; ?>

	<?php if ( $antal_omnamn ) : ?>
		<div class="omnamnanden">
			<p class="omnamnanden__antal">
				<?php
				echo esc_html( sprintf(
					1 === $antal_omnamn ? '%d omnämnande på andra webbplatser' : '%d omnämnanden på andra webbplatser',
					$antal_omnamn
				) );
				?>
			</p>
			<details class="omnamnanden__detaljer">
				<summary>Visa omnämnanden</summary>
				<ul class="omnamnanden__lista">
					<?php foreach ( $omnamnanden as $ping ) : ?>
						<li id="comment-<?php echo (int) $ping->comment_ID; ?>" class="omnamnanden__post">
							<?php if ( $ping->comment_author_url ) : ?>
								<a href="<?php echo esc_url( $ping->comment_author_url ); ?>" rel="external nofollow ugc"><?php echo esc_html( $ping->comment_author ); ?></a>
							<?php else : ?>
								<?php echo esc_html( $ping->comment_author ); ?>
							<?php endif; ?>
							<span class="datum"><?php echo esc_html( kommun_kort_datum( $ping, false ) ); ?></span>
						</li>
					<?php endforeach; ?>
				</ul>
			</details>
		</div>
	<?php endif; ?>

	<?php if ( ! comments_open() ) : ?>

		<p class="kommentarer__stangt">Det går inte längre att kommentera det här inlägget.</p>

	<?php else : ?>

		<?php
		$obligatoriskt = ' <span class="obligatoriskt">(obligatoriskt)</span>';
		$kommentator   = wp_get_current_commenter();

		comment_form( array(
			'class_form'           => 'kommentarformular',
			'title_reply'          => 'Lämna en kommentar',
			'title_reply_to'       => 'Svara på kommentaren från %s',
			'title_reply_before'   => '<h2 id="reply-title" class="kommentarformular__rubrik">',
			'title_reply_after'    => '</h2>',
			'cancel_reply_link'    => 'Avbryt svar',
			'label_submit'         => 'Skicka kommentar',
			'class_submit'         => 'knapp knapp--primar',
			'comment_notes_before' => '<p class="kommentarformular__info">Din e-postadress kommer inte att visas. Fält markerade med (obligatoriskt) måste fyllas i. Kommentarer granskas innan de publiceras. Läs om <a href="' . esc_url( home_url( '/personuppgifter/' ) ) . '">hur vi behandlar dina personuppgifter</a>.</p>',
			'comment_notes_after'  => '<p class="kommentarformular__tillganglighet">Har du problem att använda formuläret? Läs vår <a href="' . esc_url( home_url( '/tillganglighetsredogorelse/' ) ) . '">tillgänglighetsredogörelse</a>.</p>',
			'logged_in_as'         => '<p class="kommentarformular__inloggad">' . sprintf(
				'Inloggad som <a href="%1$s">%2$s</a>. <a href="%3$s">Logga ut</a>',
				esc_url( get_edit_user_link() ),
				esc_html( wp_get_current_user()->display_name ),
				esc_url( wp_logout_url( get_permalink() ) )
			) . '</p>',
			'comment_field'        => '<p class="kommentarformular__falt kommentarformular__falt--kommentar"><label for="comment">Kommentar' . $obligatoriskt . '</label><textarea id="comment" name="comment" rows="8" maxlength="65525" required></textarea></p>',
			'fields'               => array(
				'author'  => '<p class="kommentarformular__falt"><label for="author">Namn' . $obligatoriskt . '</label><input id="author" name="author" type="text" value="' . esc_attr( $kommentator['comment_author'] ) . '" maxlength="245" autocomplete="name" required></p>',
				'email'   => '<p class="kommentarformular__falt"><label for="email">E-postadress' . $obligatoriskt . '</label><input id="email" name="email" type="email" value="' . esc_attr( $kommentator['comment_author_email'] ) . '" maxlength="100" autocomplete="email" aria-describedby="email-info" required><span id="email-info" class="kommentarformular__hjalp">Visas inte på webbplatsen.</span></p>',
				'url'     => '<p class="kommentarformular__falt"><label for="url">Webbplats</label><input id="url" name="url" type="url" value="' . esc_attr( $kommentator['comment_author_url'] ) . '" maxlength="200" autocomplete="url"></p>',
				'cookies' => '<p class="kommentarformular__falt kommentarformular__falt--kakor"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . ( empty( $kommentator['comment_author_email'] ) ? '' : ' checked' ) . '> <label for="wp-comment-cookies-consent">Spara mitt namn och min e-postadress i webbläsaren till nästa gång jag kommenterar.</label></p>',
			),
		) );
		?>

	<?php endif; ?>
</section>
